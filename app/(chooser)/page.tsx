import { LanguageChooser } from '@/components/layout/language-chooser';
import { LOCALE_STORAGE_KEY } from '@/lib/i18n';

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

// Runs before first paint: a remembered choice wins, then the browser's languages; zh is the default
// for Chinese readers, en for everyone else. Without JavaScript the two links below still work.
const redirectScript = `(function(){try{var k=${JSON.stringify(LOCALE_STORAGE_KEY)};var s=localStorage.getItem(k);
var l=s==='zh'||s==='en'?s:null;if(!l){var ls=navigator.languages||[navigator.language||''];
l='en';for(var i=0;i<ls.length;i++){var x=String(ls[i]).toLowerCase();if(x.indexOf('zh')===0){l='zh';break}if(x.indexOf('en')===0){break}}}
location.replace(${JSON.stringify(base)}+'/'+l+'/'+location.hash);}catch(e){}})();`;

export default function ChooserPage() {
  return (
    <>
      <script data-keep dangerouslySetInnerHTML={{ __html: redirectScript }} />
      <LanguageChooser />
    </>
  );
}
