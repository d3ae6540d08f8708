/// <reference types="chrome" />
// Content script entry. Runs at document_idle on news sites, or when the reader asks. Off Arabic
// pages it does the cheap pre-check, registers one listener, and changes nothing.
import { errorMessage, parsePageRequest } from '../messages.ts';
import { PageSession } from './session.ts';

const startedAt = performance.now();
const scope = globalThis as typeof globalThis & { __isnadSession?: PageSession; __isnadForce?: boolean };

// Injected twice (manifest, then "Analyse this page")? The first copy stays in charge.
if (!scope.__isnadSession) {
  const session = new PageSession(startedAt);
  scope.__isnadSession = session;
  const ownOrigin = chrome.runtime.getURL('');
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const parsed = parsePageRequest(message, sender, chrome.runtime.id, ownOrigin);
    if (!parsed.ok) {
      sendResponse(parsed);
      return;
    }
    try {
      const request = parsed.value;
      if (request.type === 'state') sendResponse({ ok: true, state: session.state() });
      else if (request.type === 'reveal') sendResponse({ ok: true, found: session.reveal(request.quote) });
      else if (request.type === 'highlights')
        sendResponse({ ok: true, shown: session.showHighlights(request.show) });
      else if (request.type === 'analysis') {
        const analysis = session.analysis();
        sendResponse(analysis ? { ok: true, analysis } : { ok: false, error: 'no analysis yet' });
      } else {
        session.start(true);
        sendResponse({ ok: true, state: session.state() });
      }
    } catch (error) {
      sendResponse({ ok: false, error: errorMessage(error) });
    }
  });
  session.start(scope.__isnadForce === true);
}
