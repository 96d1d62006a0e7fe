// The floor's background: a stand-in analysis (the first quoted stretch of each block), so the
// page gets highlights to paint. No engine, no actors.
chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg.type === 'warm') return void reply(null);
  const quotes = [];
  msg.blocks.forEach((text, block) => {
    const open = text.search(/[“"]/);
    const close = open < 0 ? -1 : text.slice(open + 1).search(/[”"]/) + open + 1;
    if (open >= 0 && close > open) quotes.push({ block, start: open, end: close + 1, color: block % 5 });
  });
  reply({ quotes });
});
