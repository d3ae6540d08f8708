/// <reference types="chrome" />
// At document_start on the news sites: wake the worker now, so that its engine (lexicons, tagger) is
// loaded while the page loads rather than after, when the article is ready to be analysed.
chrome.runtime.sendMessage({ type: 'wake' }).catch(() => {
  // Extension reloaded or updated under this page: the article script will report it.
});
