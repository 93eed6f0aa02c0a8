import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishTargetProblem } from '../../shared/api/publishSchemas';

type Kind = 'wordpress' | 'http' | 'folder';

interface TargetFields {
  name: string;
  kind: Kind;
  url: string;
  user: string;
  secret: string;
  siteUrl: string;
  takedown: 'draft' | 'trash';
}

const empty: TargetFields = {
  name: '',
  kind: 'wordpress',
  url: '',
  user: '',
  secret: '',
  siteUrl: '',
  takedown: 'draft',
};

export type NewTarget =
  | { name: string; kind: 'http'; url: string; secret: string; siteUrl?: string }
  | {
      name: string;
      kind: 'wordpress';
      url: string;
      user: string;
      secret: string;
      takedown: 'draft' | 'trash';
    }
  | { name: string; kind: 'folder'; url: string; siteUrl?: string };

interface PublishTargetFormProps {
  onAdd: (target: NewTarget, done: () => void) => void;
  problem: PublishTargetProblem | null;
  busy: boolean;
}

/**
 * A new place to publish to: a WordPress site (its user and an Application Password), an
 * HTTP receiver (the shared secret that signs each request) or a folder for the static site.
 * Each kind asks only for what it needs.
 */
export function PublishTargetForm({ onAdd, problem, busy }: PublishTargetFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<TargetFields>(empty);
  const set = (patch: Partial<TargetFields>) => setFields({ ...fields, ...patch });
  const siteUrl = fields.siteUrl.trim() ? { siteUrl: fields.siteUrl } : {};
  const target = (): NewTarget =>
    fields.kind === 'wordpress'
      ? {
          name: fields.name,
          kind: 'wordpress',
          url: fields.url,
          user: fields.user,
          secret: fields.secret,
          takedown: fields.takedown,
        }
      : fields.kind === 'http'
        ? { name: fields.name, kind: 'http', url: fields.url, secret: fields.secret, ...siteUrl }
        : { name: fields.name, kind: 'folder', url: fields.url, ...siteUrl };

  return (
    <form
      className="publishing-add"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(target(), () => setFields({ ...empty, kind: fields.kind }));
      }}
    >
      <label className="filter-field">
        <span>{t('publishing.kind')}</span>
        <select
          name="target-kind"
          value={fields.kind}
          onChange={(event) => set({ kind: event.target.value as Kind })}
        >
          <option value="wordpress">{t('publishing.kinds.wordpress')}</option>
          <option value="http">{t('publishing.kinds.http')}</option>
          <option value="folder">{t('publishing.kinds.folder')}</option>
        </select>
      </label>
      <label className="filter-field">
        <span>{t('publishing.name')}</span>
        <input
          name="target-name"
          value={fields.name}
          onChange={(event) => set({ name: event.target.value })}
          required
        />
      </label>
      <label className="filter-field">
        <span>
          {fields.kind === 'wordpress'
            ? t('publishing.wordpressUrl')
            : fields.kind === 'http'
              ? t('publishing.receiverUrl')
              : t('publishing.folder')}
        </span>
        <input
          name="target-url"
          value={fields.url}
          placeholder={
            fields.kind === 'wordpress'
              ? 'https://news.example'
              : fields.kind === 'http'
                ? 'https://news.example/galley-ingest'
                : '/srv/www/news'
          }
          onChange={(event) => set({ url: event.target.value })}
          required
        />
      </label>
      {fields.kind === 'wordpress' && (
        <label className="filter-field">
          <span>{t('publishing.user')}</span>
          <input
            name="target-user"
            autoComplete="off"
            value={fields.user}
            onChange={(event) => set({ user: event.target.value })}
            required
          />
        </label>
      )}
      {fields.kind !== 'folder' && (
        <label className="filter-field">
          <span>
            {fields.kind === 'wordpress' ? t('publishing.appPassword') : t('publishing.secret')}
          </span>
          <input
            name="target-secret"
            type="password"
            autoComplete="off"
            value={fields.secret}
            onChange={(event) => set({ secret: event.target.value })}
            required={fields.kind === 'wordpress'}
          />
        </label>
      )}
      {fields.kind === 'wordpress' ? (
        <label className="filter-field">
          <span>{t('publishing.takedownLabel')}</span>
          <select
            name="target-takedown"
            value={fields.takedown}
            onChange={(event) => set({ takedown: event.target.value as 'draft' | 'trash' })}
          >
            <option value="draft">{t('publishing.takedowns.draft')}</option>
            <option value="trash">{t('publishing.takedowns.trash')}</option>
          </select>
        </label>
      ) : (
        <label className="filter-field">
          <span>{t('publishing.siteUrl')}</span>
          <input
            name="target-site"
            value={fields.siteUrl}
            placeholder="https://news.example"
            onChange={(event) => set({ siteUrl: event.target.value })}
          />
        </label>
      )}
      <button type="submit" disabled={busy}>
        {t('publishing.add')}
      </button>
      {problem && (
        <p className="desk-problem" role="alert">
          {t('publishing.refused', { reason: t(`publishing.problems.${problem}`) })}
        </p>
      )}
    </form>
  );
}
