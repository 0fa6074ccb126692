// The public pages' one stylesheet, served under a name that carries its hash so it can be cached
// for a year (a deploy that changes it changes the name). The palette is the portal's
// (packages/ui/base.css): every text colour has at least 4.5:1 contrast on its background.
import { createHash } from 'node:crypto';

const CSS = `
:root{--green:#1f5f3f;--ink:#1b1f1d;--muted:#4d5752;--paper:#fff;--soft:#eef4f0;--line:#cfd9d3;--danger:#9b1c1c;--link:#0b5c3a;--radius:10px;
font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:var(--paper);line-height:1.55}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--link)}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip-link{position:absolute;left:-9999px}
.skip-link:focus{left:1rem;top:1rem;background:var(--paper);color:var(--ink);padding:.5rem 1rem;z-index:10}
.site-header{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:center;justify-content:space-between;padding:.75rem clamp(1rem,4vw,3rem);background:var(--green);color:#fff}
.site-header a{color:#fff}
.brand{font-weight:700;font-size:1.2rem;text-decoration:none;display:inline-flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.brand-mark{flex:none;border-radius:50%;box-shadow:0 0 0 1.5px #fff}
.brand small{font-weight:400;opacity:.95;margin-left:.5rem}
.nav-list{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;list-style:none;margin:0;padding:0}
.nav-list a[aria-current=page]{font-weight:700;text-underline-offset:.3em}
main{display:block;max-width:72rem;margin:0 auto;padding:1.5rem clamp(1rem,4vw,3rem) 3rem}
h1{margin:.25rem 0 .5rem;font-size:clamp(1.7rem,4vw,2.4rem);line-height:1.2}
h2{margin:2rem 0 .75rem;font-size:1.35rem}
h3{font-size:1.1rem;margin:1rem 0 .4rem}
.lead{font-size:1.2rem;margin:.25rem 0 1rem}
.muted{color:var(--muted)}
.eyebrow{margin:0;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:var(--green);font-weight:700}
.profile{display:flex;gap:1.25rem;align-items:flex-start;flex-wrap:wrap}
.avatar{width:96px;height:96px;border-radius:50%;object-fit:cover;border:1px solid var(--line)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
.facts dt{font-weight:700}
.facts dd{margin:0}
.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.25rem 0 .75rem}
.tags li{background:var(--soft);color:var(--green);border-radius:999px;padding:.15rem .7rem;font-weight:600;font-size:.95rem}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
.card{border:1px solid var(--line);border-radius:var(--radius);padding:1rem;background:var(--paper)}
.card h3{margin:.2rem 0 .4rem;font-size:1.1rem}
.card p{margin:.25rem 0}
.card .tags li{font-size:.85rem;font-weight:600}
.prose{max-width:46rem}
.prose blockquote{border-left:4px solid var(--line);margin:1rem 0;padding:.25rem 1rem;color:var(--muted)}
.pre-line{white-space:pre-line}
.badge{display:inline-block;padding:.15rem .6rem;border-radius:999px;background:var(--soft);color:var(--green);font-weight:700}
.badge-full{background:#fdecec;color:var(--danger)}
.notice{padding:1rem;border-radius:var(--radius);background:var(--soft);margin:1rem 0}
.notice-error{background:#fdecec;color:var(--danger)}
.notice-error a{color:var(--danger)}
.button{display:inline-block;text-decoration:none;font:inherit;font-weight:600;padding:.55rem 1.1rem;border-radius:6px;border:1px solid var(--green);background:var(--green);color:#fff;cursor:pointer}
.button.secondary{background:#fff;color:var(--green)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
form{display:grid;gap:.5rem;max-width:40rem}
label{font-weight:600}
input,select,textarea{font:inherit;padding:.55rem .7rem;border:1px solid #6b7a72;border-radius:6px;background:#fff;color:var(--ink);width:100%}
textarea{min-height:9rem}
[aria-invalid=true]{border-color:var(--danger);border-width:2px}
.field-error{color:var(--danger);margin:0;font-weight:600}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.filters{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));align-items:end;max-width:none;background:var(--soft);padding:1rem;border-radius:var(--radius)}
.filters div{display:grid;gap:.3rem}
.filters-more{grid-column:1/-1}.filters-more>summary{cursor:pointer;font-weight:600;padding:.4rem 0;min-height:44px;display:flex;align-items:center}
.filters-more .filters-fields{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));padding-top:.5rem}
@media (min-width:48rem){.filters-more>summary{display:none}.filters-more::details-content{content-visibility:visible;block-size:auto}}
.stat-note{color:var(--muted,#555)}
.hint{margin:0;color:#4a5550;font-size:.95rem}
fieldset{border:1px solid #c9d2cc;border-radius:6px;padding:.75rem 1rem;display:grid;gap:.35rem}
.skill-group{border:0;padding:.25rem 0}.skill-group legend{font-weight:600}
.check{font-weight:400;display:flex;gap:.5rem;align-items:center;min-height:32px}.check input{width:auto}
.pagination{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:1.5rem}
.stats{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.5rem 3rem;margin:1rem 0}
.stat{display:block;font-size:2.2rem;font-weight:700;color:var(--green);line-height:1.1}
.site-footer{border-top:1px solid var(--line);padding:1.5rem clamp(1rem,4vw,3rem);color:var(--muted)}
.site-footer ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.5rem 0 0}
@media print{.site-header nav,.contact form{display:none}}
`
  .trim()
  .replace(/\n/g, '');

export const STYLESHEET = CSS;
export const STYLESHEET_PATH = `/pages-assets/site-${createHash('sha256').update(CSS).digest('hex').slice(0, 12)}.css`;
