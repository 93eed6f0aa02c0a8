/**
 * Script-injection payloads, as people and fuzzers write them: tags, event attributes,
 * link schemes hidden by entities, case and whitespace, SVG and MathML, CSS, meta refresh,
 * forms, frames, and text that would end a `<script>` or a JSON string early.
 */
export const xssPayloads = {
  /** Text for headlines, ledes, captions, tags: must come out as text. */
  texts: [
    '</script><script>alert("t1")</script>',
    '<img src=x onerror=alert("t2")>',
    '"><svg onload=alert("t3")>',
    "'><iframe src=javascript:alert('t4')>",
    '<!--<script>alert("t5")</script>-->',
    ']]><script>alert("t6")</script>',
    'line\u2028separator\u2029paragraph',
    '{{constructor.constructor("alert(\'t7\')")()}}',
    '${alert("t8")}',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert("t9")>',
    '<a href="javascript:alert(\'t10\')">click</a>',
    'javascript:alert("t11")',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<style>@import "https://evil.example/x.css";</style>',
  ],
  /** Link targets: only http(s) and mailto may survive, and only as plain links. */
  hrefs: [
    'javascript:alert("h1")',
    'JaVaScRiPt:alert("h2")',
    ' javascript:alert("h3")',
    'java\tscript:alert("h4")',
    'java\nscript:alert("h5")',
    '\u0001javascript:alert("h6")',
    '&#106;avascript:alert("h7")',
    'javascript&colon;alert("h8")',
    'jav&#x09;ascript:alert("h9")',
    'data:text/html,<script>alert("h10")</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgiaDExIik8L3NjcmlwdD4=',
    'vbscript:msgbox("h12")',
    'VBScript:msgbox("h13")',
    'https://ok.example/"onmouseover="alert(\'h14\')',
    "https://ok.example/'><script>alert('h15')</script>",
    'https://ok.example/</a><script>alert("h16")</script>',
    'https://user@evil.example/',
    'mailto:desk@example.com?subject=<script>alert("h17")</script>',
    '//evil.example/protocol-relative',
    'file:///etc/passwd',
    'https://ok.example/\u2028\u2029',
  ],
} as const;
