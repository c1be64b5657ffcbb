// MAPPA Hub: starts GOV.UK Frontend. Loaded as a module from the page, so only browsers GOV.UK Frontend
// supports run it. The body's js-enabled and govuk-frontend-supported classes come from GOV.UK Frontend's
// inline snippet in layout.html, which carries the response's Content-Security-Policy nonce.
import { initAll } from './govuk-frontend.min.js'

initAll()
