// MAPPA Hub: starts GOV.UK Frontend. Loaded as a module from the page (no inline script: the
// Content-Security-Policy is script-src 'self'), so only browsers GOV.UK Frontend supports run it.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
