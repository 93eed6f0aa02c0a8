/**
 * The stylesheet every exported page inlines in a `<style>` element, so a page stands on
 * its own (no fetch, no external fonts, nothing to go stale beside it). System fonts, one
 * readable column on phones and desktops, dark mode, and a print layout that shows where
 * links go.
 *
 * Inline quotations are `<q>` elements without quotation marks in their text; `quotes`
 * draws the right ones per language (outer «ёлочки» and inner „лапки“ for Russian, “ ” and
 * ‘ ’ for English), as the HTML standard intends for `q`.
 */
export const articleStylesheet = `:root{color-scheme:light dark;--text:#1a1a1a;--muted:#5c5c5c;--rule:#d6d6d6;--accent:#0b57d0;--back:#fff}
@media (prefers-color-scheme:dark){:root{--text:#e8e8e8;--muted:#a8a8a8;--rule:#444;--accent:#8ab4f8;--back:#121212}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--back);color:var(--text);font:1.125rem/1.6 Georgia,"Times New Roman",serif;overflow-wrap:break-word;hyphens:auto}
.site,main{max-width:42rem;margin:0 auto;padding:0 1rem}
.site{padding-top:1rem;font:600 1rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.site a{color:inherit;text-decoration:none}
h1,h2,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.2;hyphens:manual;text-wrap:balance}
h1{font-size:clamp(1.75rem,5vw,2.5rem);margin:.25rem 0 1rem}
h2{font-size:1.5rem;margin:2rem 0 .75rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
h4{font-size:1.1rem;margin:1.25rem 0 .5rem}
p,ul,ol,blockquote,figure{margin:0 0 1rem}
a{color:var(--accent);text-underline-offset:.15em}
.rubric,.meta,figcaption,.related,.index-meta{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--muted);font-size:.9rem}
.rubric{margin:1.5rem 0 0;text-transform:uppercase;letter-spacing:.05em}
.lede{font-size:1.25rem;line-height:1.5}
.meta{margin-bottom:1.5rem}
blockquote{margin-left:0;padding-left:1rem;border-left:.25rem solid var(--rule);font-style:italic}
q{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}
:lang(ru) q{quotes:"\\00AB" "\\00BB" "\\201E" "\\201C"}
figure{margin-left:0;margin-right:0}
img{display:block;max-width:100%;height:auto}
figcaption{margin-top:.5rem}
.credit{white-space:nowrap}
hr{border:0;border-top:1px solid var(--rule);margin:2rem 0}
sup,sub{line-height:0}
.related{border-top:1px solid var(--rule);margin-top:2rem;padding:1rem 0 2rem}
.corrections{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:.95rem;border-left:.25rem solid var(--rule);margin:2rem 0 1rem;padding:.25rem 0 .25rem 1rem}
.corrections h2{font-size:1.1rem;margin:0 0 .5rem}
.corrections p{margin:0 0 .5rem}
.corrections time{color:var(--muted)}
.related h2{font-size:1.1rem;margin-top:0;color:var(--text)}
.related li,.index li{margin-bottom:.5rem}
.index{list-style:none;padding:0}
.index h2{font-size:1.2rem;margin:0}
@media print{
:root{--text:#000;--muted:#333;--back:#fff;--accent:#000}
body{font-size:11pt}
.site,main{max-width:none;padding:0}
.related{display:none}
a{text-decoration:none}
article a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted)}
figure,blockquote,img{break-inside:avoid}
h1,h2,h3,h4{break-after:avoid}
}
`;
