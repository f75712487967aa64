/**
 * The new site's `favicon.ico`: a 32×32 page on the theme's purple. Browsers ask for /favicon.ico on every
 * site; with the file there, the theme links it and no request fails.
 */
export const FAVICON_ICO_BASE64 =
  'AAABAAEAICAAAAEAIACYAAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAAF9JREFUeNpjYMABioLf/qcmZiAGUNtSkhxDL8uxOoLelmM4YmQ7YKAshzuCGEXkglEHDE8HUFPt0HTAaBoYTQOjaYAUBw5PB4ymgZHpgGHbLhxtlg+ertmg6JwOVPccAFRdPXQS8C/aAAAAAElFTkSuQmCC';
