<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ImportFileState</name>
    <message>
        <source>Column %1: </source>
        <translation>कॉलम %1: </translation>
    </message>
    <message>
        <source>%1 (imported, flagged as invalid)</source>
        <translation>%1 (आयातित, अमान्य के रूप में चिह्नित)</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values will be imported flagged as invalid (marked in the parsed rows).</source>
        <translation>
            <numerusform>%n और पंक्ति असंभव मानों के साथ अमान्य के रूप में चिह्नित करके आयात की जाएगी (पार्स की गई पंक्तियों में चिह्नित)।</numerusform>
            <numerusform>%n और पंक्तियाँ असंभव मानों के साथ अमान्य के रूप में चिह्नित करके आयात की जाएँगी (पार्स की गई पंक्तियों में चिह्नित)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values (marked in the parsed rows).</source>
        <translation>
            <numerusform>असंभव मानों वाली %n और पंक्ति (पार्स की गई पंक्तियों में चिह्नित)।</numerusform>
            <numerusform>असंभव मानों वाली %n और पंक्तियाँ (पार्स की गई पंक्तियों में चिह्नित)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with impossible values make the import fail: correct the file, or set Invalid rows to “Import them flagged as invalid”.</source>
        <translation>असंभव मानों वाली पंक्तियों के कारण आयात विफल हो जाता है: फ़ाइल ठीक करें, या अमान्य पंक्तियाँ को “उन्हें अमान्य के रूप में चिह्नित करके आयात करें” पर सेट करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with empty or null values will be skipped.</source>
        <translation>
            <numerusform>खाली या null मानों वाली %n पंक्ति छोड़ दी जाएगी।</numerusform>
            <numerusform>खाली या null मानों वाली %n पंक्तियाँ छोड़ दी जाएँगी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier timestamp; the later row is kept.</source>
        <translation>
            <numerusform>%n पंक्ति किसी पिछले टाइमस्टैम्प को दोहराती है; बाद वाली पंक्ति रखी जाती है।</numerusform>
            <numerusform>%n पंक्तियाँ किसी पिछले टाइमस्टैम्प को दोहराती हैं; बाद वाली पंक्ति रखी जाती है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown; the whole file is checked when importing, and nothing is written if any row is wrong.</source>
        <translation>
            <numerusform>केवल पहली %n पंक्ति दिखाई गई है; आयात करते समय पूरी फ़ाइल जाँची जाती है, और कोई पंक्ति गलत होने पर कुछ भी नहीं लिखा जाता।</numerusform>
            <numerusform>केवल पहली %n पंक्तियाँ दिखाई गई हैं; आयात करते समय पूरी फ़ाइल जाँची जाती है, और कोई पंक्ति गलत होने पर कुछ भी नहीं लिखा जाता।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train, track and use forecasting models.</source>
        <translation>पूर्वानुमान मॉडल प्रशिक्षित करें, ट्रैक करें और उपयोग करें।</translation>
    </message>
    <message>
        <source>Open this workspace folder.</source>
        <translation>यह वर्कस्पेस फ़ोल्डर खोलें।</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Open the demo workspace with sample data.</source>
        <translation>नमूना डेटा वाला डेमो वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>%1 is already open in another ModelDeck window; that window was brought to the front.</source>
        <translation>%1 पहले से किसी अन्य ModelDeck विंडो में खुला है; वह विंडो सामने लाई गई।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTest</name>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1 and %2 forecast different symbols (%3 and %4); an A/B test scores two models on the same series.</source>
        <translation>%1 और %2 अलग-अलग सिंबल (%3 और %4) का पूर्वानुमान करते हैं; A/B टेस्ट दो मॉडलों को एक ही सीरीज़ पर स्कोर करता है।</translation>
    </message>
    <message>
        <source>%1 and %2 forecast different timeframes of %3 (%4 and %5); an A/B test scores two models on the same series.</source>
        <translation>%1 और %2, %3 के अलग-अलग टाइमफ़्रेम (%4 और %5) का पूर्वानुमान करते हैं; A/B टेस्ट दो मॉडलों को एक ही सीरीज़ पर स्कोर करता है।</translation>
    </message>
    <message>
        <source>The horizons differ: %1 does not predict %2 bars ahead (it predicts %3), so it cannot be compared with %4 at that horizon.</source>
        <translation>होराइज़न अलग हैं: %1, %2 कैंडल आगे की भविष्यवाणी नहीं करता (यह %3 की करता है), इसलिए उस होराइज़न पर इसकी तुलना %4 से नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>No forecast of either model had an actual value to compare.</source>
        <translation>किसी भी मॉडल के किसी पूर्वानुमान के पास तुलना के लिए वास्तविक मान नहीं था।</translation>
    </message>
    <message>
        <source>No significant difference: RMSE %1 (%2) vs %3 (%4), %5.</source>
        <translation>कोई महत्वपूर्ण अंतर नहीं: RMSE %1 (%2) बनाम %3 (%4), %5।</translation>
    </message>
    <message>
        <source>%1 is better: RMSE %2 vs %3, %4.</source>
        <translation>%1 बेहतर है: RMSE %2 बनाम %3, %4।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestPanel</name>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source> forecasts</source>
        <translation> पूर्वानुमान</translation>
    </message>
    <message>
        <source>A/B test window</source>
        <translation>A/B टेस्ट विंडो</translation>
    </message>
    <message>
        <source>How many of the newest bars each model forecasts, each from the bars before it only</source>
        <translation>प्रत्येक मॉडल कितने नवीनतम कैंडल का पूर्वानुमान करता है, हर एक केवल उससे पहले के कैंडल से</translation>
    </message>
    <message>
        <source>&amp;Run A/B Test</source>
        <translation>A/B टेस्ट चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Score both models on the same recent bars and test the difference (Ctrl+R)</source>
        <translation>दोनों मॉडलों को उन्हीं हाल के कैंडल पर स्कोर करें और अंतर का परीक्षण करें (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>टेस्ट रद्द करें</translation>
    </message>
    <message>
        <source>A/B test progress</source>
        <translation>A/B टेस्ट प्रगति</translation>
    </message>
    <message>
        <source>Acti&amp;vate Winner</source>
        <translation>विजेता सक्रिय करें (&amp;V)</translation>
    </message>
    <message>
        <source>Make the winning version the active model of its series (asks first)</source>
        <translation>विजेता संस्करण को उसकी सीरीज़ का सक्रिय मॉडल बनाएँ (पहले पूछता है)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>कब (UTC)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>RMSE A</source>
        <translation>RMSE A</translation>
    </message>
    <message>
        <source>RMSE B</source>
        <translation>RMSE B</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>विजेता</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>Past A/B tests of these two models</source>
        <translation>इन दोनों मॉडलों के पिछले A/B टेस्ट</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>विंडो:</translation>
    </message>
    <message>
        <source>Past A/B tests of this pair:</source>
        <translation>इस जोड़ी के पिछले A/B टेस्ट:</translation>
    </message>
    <message>
        <source>No A/B test: %1</source>
        <translation>कोई A/B टेस्ट नहीं: %1</translation>
    </message>
    <message>
        <source>The A/B test was cancelled; nothing was stored.</source>
        <translation>A/B टेस्ट रद्द किया गया; कुछ भी संग्रहीत नहीं हुआ।</translation>
    </message>
    <message>
        <source>Scoring both models on the newest %1 bars…</source>
        <translation>दोनों मॉडलों को नवीनतम %1 कैंडल पर स्कोर किया जा रहा है…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>A (%1)</source>
        <translation>A (%1)</translation>
    </message>
    <message>
        <source>B (%1)</source>
        <translation>B (%1)</translation>
    </message>
    <message>
        <source>The winner is already the active model.</source>
        <translation>विजेता पहले से सक्रिय मॉडल है।</translation>
    </message>
    <message>
        <source>Error: the past A/B tests could not be read: %1</source>
        <translation>त्रुटि: पिछले A/B टेस्ट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>कोई महत्वपूर्ण अंतर नहीं</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestRepository</name>
    <message>
        <source>Recording the A/B test of “%1” and “%2”</source>
        <translation>“%1” और “%2” का A/B टेस्ट दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading A/B test %1</source>
        <translation>A/B टेस्ट %1 पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Listing A/B tests</source>
        <translation>A/B टेस्ट सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Marking A/B test %1 as activated</source>
        <translation>A/B टेस्ट %1 को सक्रिय के रूप में चिह्नित किया जा रहा है</translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई A/B टेस्ट %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestService</name>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to score %2.</source>
        <translation>इस वर्कस्पेस में कोई सिंबल “%1” नहीं है; %2 को स्कोर करने के लिए इसकी मूल्य हिस्ट्री आयात करें।</translation>
    </message>
    <message>
        <source>An A/B test needs a window of at least %1 forecasts (asked: %2).</source>
        <translation>A/B टेस्ट के लिए कम से कम %1 पूर्वानुमानों की विंडो चाहिए (माँगा गया: %2)।</translation>
    </message>
    <message>
        <source>An A/B test needs two different models or versions; both sides are %1.</source>
        <translation>A/B टेस्ट के लिए दो अलग मॉडल या संस्करण चाहिए; दोनों पक्ष %1 हैं।</translation>
    </message>
    <message>
        <source>%1 and %2 made no forecasts of the same bars to compare.</source>
        <translation>%1 और %2 ने तुलना के लिए समान कैंडल के कोई पूर्वानुमान नहीं किए।</translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई A/B टेस्ट %1 नहीं है।</translation>
    </message>
    <message>
        <source>A/B test %1 (“%2” v%3 vs “%4” v%5) found no significant difference: there is no winner to activate.</source>
        <translation>A/B टेस्ट %1 (“%2” v%3 बनाम “%4” v%5) में कोई महत्वपूर्ण अंतर नहीं मिला: सक्रिय करने के लिए कोई विजेता नहीं है।</translation>
    </message>
    <message>
        <source>A comparison needs a window of at least %1 forecasts (asked: %2).</source>
        <translation>तुलना के लिए कम से कम %1 पूर्वानुमानों की विंडो चाहिए (माँगा गया: %2)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AboutDialog</name>
    <message>
        <source>Sample data (RELIANCE.NS, 5 min)</source>
        <translation>नमूना डेटा (RELIANCE.NS, 5 मिनट)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>सार्वजनिक डोमेन</translation>
    </message>
    <message>
        <source>About ModelDeck</source>
        <translation>ModelDeck के बारे में</translation>
    </message>
    <message>
        <source>ModelDeck %1</source>
        <translation>ModelDeck %1</translation>
    </message>
    <message>
        <source>Train, track and use forecasting models on market data, offline.</source>
        <translation>बाज़ार डेटा पर पूर्वानुमान मॉडल ऑफ़लाइन प्रशिक्षित करें, ट्रैक करें और उपयोग करें।</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) · LibTorch %3 · XGBoost %4 · SQLite %5</source>
        <translation>Qt %1 (%2 के साथ बिल्ड) · LibTorch %3 · XGBoost %4 · SQLite %5</translation>
    </message>
    <message>
        <source>ModelDeck&apos;s own licence: not stated — its source repository contains no licence file. The components below keep their own licences.</source>
        <translation>ModelDeck का अपना लाइसेंस: उल्लेखित नहीं — इसके सोर्स रिपॉज़िटरी में कोई लाइसेंस फ़ाइल नहीं है। नीचे दिए घटकों के अपने लाइसेंस लागू रहते हैं।</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>घटक और उनके लाइसेंस</translation>
    </message>
    <message>
        <source>Licence notice</source>
        <translation>लाइसेंस सूचना</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>संस्करण जानकारी कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions of ModelDeck and its libraries, for a bug report</source>
        <translation>बग रिपोर्ट के लिए ModelDeck और उसकी लाइब्रेरी के संस्करण कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>लाइसेंस (&amp;L):</translation>
    </message>
    <message>
        <source>(The notice %1 is missing from this build.)</source>
        <translation>(सूचना %1 इस बिल्ड में मौजूद नहीं है।)</translation>
    </message>
    <message>
        <source>Full licence text: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>पूरा लाइसेंस टेक्स्ट: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertListModel</name>
    <message>
        <source>Error drift</source>
        <translation>त्रुटि ड्रिफ्ट</translation>
    </message>
    <message>
        <source>Interval misses</source>
        <translation>अंतराल चूक</translation>
    </message>
    <message>
        <source>Input drift</source>
        <translation>इनपुट ड्रिफ्ट</translation>
    </message>
    <message>
        <source>Repeated failures</source>
        <translation>बार-बार विफलता</translation>
    </message>
    <message>
        <source>Stale model</source>
        <translation>पुराना मॉडल</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>उठाया गया</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>स्वीकार किया गया</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertRepository</name>
    <message>
        <source>Recording a drift check of “%1”</source>
        <translation>“%1” की ड्रिफ्ट जाँच दर्ज की जा रही है</translation>
    </message>
    <message>
        <source>Reading the drift checks of “%1”</source>
        <translation>“%1” की ड्रिफ्ट जाँचें पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <source>Looking for open alerts</source>
        <translation>खुले अलर्ट खोजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Raising an alert</source>
        <translation>अलर्ट उठाया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the recent jobs like job %1</source>
        <translation>जॉब %1 जैसी हाल की जॉब पढ़ी जा रही हैं</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 failed %n time(s) in a row. Last error: %2</source>
        <translation>
            <numerusform>%1 का प्रशिक्षण लगातार %n बार विफल रहा। अंतिम त्रुटि: %2</numerusform>
            <numerusform>%1 का प्रशिक्षण लगातार %n बार विफल रहा। अंतिम त्रुटि: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कुछ भी दर्ज नहीं</translation>
    </message>
    <message>
        <source>Listing alerts</source>
        <translation>अलर्ट सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Counting open alerts</source>
        <translation>खुले अलर्ट गिने जा रहे हैं</translation>
    </message>
    <message>
        <source>Acknowledging alert %1</source>
        <translation>अलर्ट %1 स्वीकार किया जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsFacade</name>
    <message>
        <source>The stale threshold must be a positive number of hours, not %1.</source>
        <translation>पुराना होने की सीमा घंटों की धनात्मक संख्या होनी चाहिए, %1 नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” v%2, the active model of %3 %4, was saved %5 ago, beyond the stale threshold of %6 hours. Retrain it, or raise the threshold in Settings.</source>
        <translation>“%1” v%2, %3 %4 का सक्रिय मॉडल, %5 पहले सहेजा गया था, जो %6 घंटे की पुराना होने की सीमा से अधिक है। इसे पुनः प्रशिक्षित करें, या सेटिंग्स में सीमा बढ़ाएँ।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsPanel</name>
    <message>
        <source>All severities</source>
        <translation>सभी गंभीरताएँ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Filter by model or message</source>
        <translation>मॉडल या संदेश से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Show ac&amp;knowledged</source>
        <translation>स्वीकृत दिखाएँ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>स्वीकार करें (&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Ctrl+Return)</source>
        <translation>चयनित अलर्ट को देखा गया चिह्नित करें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll Shown</source>
        <translation>दिखाए गए सभी स्वीकार करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>अलर्ट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Alerts could not be acknowledged: %1</source>
        <translation>अलर्ट स्वीकार नहीं किए जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n अलर्ट स्वीकार किया गया।</numerusform>
            <numerusform>%n अलर्ट स्वीकार किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) shown</source>
        <translation>
            <numerusform>%n खुला अलर्ट दिखाया गया</numerusform>
            <numerusform>%n खुले अलर्ट दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts have been raised in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई अलर्ट नहीं उठाया गया है।</translation>
    </message>
    <message>
        <source>No open alerts. An alert is raised when a saved model&apos;s live accuracy drifts from what it promised, when a series fails to train several times in a row, or when an active model goes stale.</source>
        <translation>कोई खुला अलर्ट नहीं। अलर्ट तब उठाया जाता है जब किसी सहेजे गए मॉडल की लाइव सटीकता उसके वादे से भटकती है, जब कोई सीरीज़ लगातार कई बार प्रशिक्षित होने में विफल रहती है, या जब कोई सक्रिय मॉडल पुराना हो जाता है।</translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation>कोई अलर्ट फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
</context>
<context>
    <name>modeldeck::AppearanceSettingsGroup</name>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Follow system uses the desktop&apos;s style and its light or dark colours; Light and Dark use ModelDeck&apos;s own. Applies at once.</source>
        <translation>“सिस्टम के अनुसार” डेस्कटॉप की शैली और उसके हल्के या गहरे रंग उपयोग करती है; “हल्की” और “गहरी” ModelDeck के अपने रंग उपयोग करती हैं। तुरंत लागू होती है।</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>थीम (&amp;H):</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLog</name>
    <message>
        <source>Cannot write the audit log to %1: %2</source>
        <translation>ऑडिट लॉग %1 में नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot save the audit log as %1: %2</source>
        <translation>ऑडिट लॉग %1 के रूप में सहेजा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogDialog</name>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>सभी कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Show one kind of action only</source>
        <translation>केवल एक प्रकार की कार्रवाई दिखाएँ</translation>
    </message>
    <message>
        <source>Subject contains… (Ctrl+F)</source>
        <translation>विषय में शामिल… (Ctrl+F)</translation>
    </message>
    <message>
        <source>First day shown (local time); “Any” for no limit</source>
        <translation>दिखाया गया पहला दिन (स्थानीय समय); कोई सीमा नहीं के लिए “कोई भी”</translation>
    </message>
    <message>
        <source>Last day shown (local time); “Any” for no limit</source>
        <translation>दिखाया गया अंतिम दिन (स्थानीय समय); कोई सीमा नहीं के लिए “कोई भी”</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>कार्रवाई (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक (&amp;T):</translation>
    </message>
    <message>
        <source>Read the log again (F5)</source>
        <translation>लॉग फिर से पढ़ें (F5)</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation>दिखाई गई प्रविष्टियों को CSV फ़ाइल के रूप में सहेजें (Ctrl+E)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>ऑडिट लॉग पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>ऑडिट लॉग निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n इवेंट %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n इवेंट %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s)</source>
        <translation>
            <numerusform>नवीनतम %n इवेंट</numerusform>
            <numerusform>नवीनतम %n इवेंट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n इवेंट</numerusform>
            <numerusform>%n इवेंट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogModel</name>
    <message>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>रोलबैक</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>GUI</source>
        <translation>GUI</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादन</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditRepository</name>
    <message>
        <source>Recording “%1” in the audit log</source>
        <translation>ऑडिट लॉग में “%1” दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>ऑडिट लॉग पढ़ा जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainDialog</name>
    <message>
        <source>Symbols</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Start the &amp;queue when the jobs are queued</source>
        <translation>जॉब कतार में जुड़ने पर कतार शुरू करें (&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;fresh price data first (downloaded series only)</source>
        <translation>पहले मूल्य डेटा रीफ़्रेश करें (केवल डाउनलोड की गई सीरीज़) (&amp;F)</translation>
    </message>
    <message>
        <source>Auto-train</source>
        <translation>ऑटो-प्रशिक्षण</translation>
    </message>
    <message>
        <source>Filter symbols</source>
        <translation>सिंबल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation>सिंबल (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Timeframes</source>
        <translation>टाइमफ़्रेम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <translation>बॉट (&amp;B)</translation>
    </message>
    <message>
        <source>Jobs this makes</source>
        <translation>इससे बनने वाली जॉब</translation>
    </message>
    <message>
        <source>Combinations skipped for too few bars</source>
        <translation>बहुत कम कैंडल के कारण छोड़े गए संयोजन</translation>
    </message>
    <message>
        <source>Start training right away, as Training ▸ Start would</source>
        <translation>प्रशिक्षण तुरंत शुरू करें, जैसे प्रशिक्षण ▸ शुरू करें करता</translation>
    </message>
    <message>
        <source>Before queueing, download the newest bars of the chosen series from the provider each was downloaded from (series resampled from a downloaded one are rebuilt). Series imported from CSV files are trained as they are.</source>
        <translation>कतार में जोड़ने से पहले, चुनी गई सीरीज़ के नवीनतम कैंडल उसी प्रदाता से डाउनलोड करें जिससे प्रत्येक डाउनलोड की गई थी (डाउनलोड की गई सीरीज़ से रीसैंपल की गई सीरीज़ फिर से बनाई जाती हैं)। CSV फ़ाइलों से आयात की गई सीरीज़ जैसी हैं वैसी ही प्रशिक्षित की जाती हैं।</translation>
    </message>
    <message>
        <source>Auto-train result</source>
        <translation>ऑटो-प्रशिक्षण परिणाम</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Check every item in %1</source>
        <translation>%1 में हर आइटम चुनें</translation>
    </message>
    <message>
        <source>Check all %1</source>
        <translation>सभी %1 चुनें</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Uncheck every item in %1</source>
        <translation>%1 में हर आइटम का चयन हटाएँ</translation>
    </message>
    <message>
        <source>Uncheck all %1</source>
        <translation>सभी %1 का चयन हटाएँ</translation>
    </message>
    <message>
        <source>%1 (no bars)</source>
        <translation>%1 (कोई कैंडल नहीं)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 bars</source>
        <translation>%1: %2 कैंडल</translation>
    </message>
    <message>
        <source>No price history</source>
        <translation>कोई मूल्य हिस्ट्री नहीं</translation>
    </message>
    <message>
        <source>Needs at least %1 bars per series</source>
        <translation>प्रति सीरीज़ कम से कम %1 कैंडल चाहिए</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 symbols)</source>
        <translation>%1 (%3 में से %2 सिंबल)</translation>
    </message>
    <message>
        <source>(Counted on the bars stored now: the refresh may add enough.)</source>
        <translation>(अभी संग्रहीत कैंडल पर गिना गया: रीफ़्रेश पर्याप्त कैंडल जोड़ सकता है।)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n job(s)</source>
        <translation>
            <numerusform>%n जॉब &amp;कतार में जोड़ें</numerusform>
            <numerusform>%n जॉब &amp;कतार में जोड़ें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refresh and Queue %n job(s)</source>
        <translation>
            <numerusform>&amp;रीफ़्रेश करें और %n जॉब कतार में जोड़ें</numerusform>
            <numerusform>&amp;रीफ़्रेश करें और %n जॉब कतार में जोड़ें</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh and Queue</source>
        <translation>रीफ़्रेश करें और कतार में जोड़ें (&amp;R)</translation>
    </message>
    <message>
        <source>Choose at least one symbol, timeframe and bot.</source>
        <translation>कम से कम एक सिंबल, टाइमफ़्रेम और बॉट चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s): </source>
        <translation>
            <numerusform>%n संयोजन: </numerusform>
            <numerusform>%n संयोजन: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to queue</source>
        <translation>
            <numerusform>कतार में जोड़ने के लिए %n जॉब</numerusform>
            <numerusform>कतार में जोड़ने के लिए %n जॉब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars:</source>
        <translation>
            <numerusform>, %n बहुत कम कैंडल के कारण छोड़ा गया:</numerusform>
            <numerusform>, %n बहुत कम कैंडल के कारण छोड़े गए:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without queueing anything; series refreshed so far keep their new bars</source>
        <translation>कुछ भी कतार में जोड़े बिना बंद करें; अब तक रीफ़्रेश की गई सीरीज़ अपने नए कैंडल रखती हैं</translation>
    </message>
    <message>
        <source>the training queue is not available.</source>
        <translation>प्रशिक्षण कतार उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>कुछ भी कतार में नहीं जोड़ा गया: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new job(s).</source>
        <translation>
            <numerusform>%n नई जॉब कतार में जोड़ी गई।</numerusform>
            <numerusform>%n नई जॉब कतार में जोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already queued or running.</source>
        <translation>
            <numerusform>%n जॉब पहले से कतार में थी या चल रही थी।</numerusform>
            <numerusform>%n जॉब पहले से कतार में थीं या चल रही थीं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s) skipped for too few bars:</source>
        <translation>
            <numerusform>%n संयोजन बहुत कम कैंडल के कारण छोड़ा गया:</numerusform>
            <numerusform>%n संयोजन बहुत कम कैंडल के कारण छोड़े गए:</numerusform>
        </translation>
    </message>
    <message>
        <source>Training started.</source>
        <translation>प्रशिक्षण शुरू हुआ।</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new training job(s)</source>
        <translation>
            <numerusform>%n नई प्रशिक्षण जॉब कतार में जोड़ी गई</numerusform>
            <numerusform>%n नई प्रशिक्षण जॉब कतार में जोड़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already queued</source>
        <translation>
            <numerusform>, %n पहले से कतार में</numerusform>
            <numerusform>, %n पहले से कतार में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars</source>
        <translation>
            <numerusform>, %n बहुत कम कैंडल के कारण छोड़ा गया</numerusform>
            <numerusform>, %n बहुत कम कैंडल के कारण छोड़े गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainPlan</name>
    <message>
        <source>%1 %2 %3: %4 bars, needs %5</source>
        <translation>%1 %2 %3: %4 कैंडल, %5 चाहिए</translation>
    </message>
</context>
<context>
    <name>modeldeck::BacktestObjective</name>
    <message>
        <source>Unknown objective “%1”; use one of: %2.</source>
        <translation>अज्ञात लक्ष्य “%1”; इनमें से एक उपयोग करें: %2।</translation>
    </message>
</context>
<context>
    <name>modeldeck::BarBulkWriter</name>
    <message>
        <source>Preparing the bar insert</source>
        <translation>कैंडल इंसर्ट तैयार किया जा रहा है</translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation>कैंडल लिखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Preparing the bar insert failed: %1</source>
        <translation>कैंडल इंसर्ट तैयार करना विफल: %1</translation>
    </message>
    <message>
        <source>Writing bars failed: %1</source>
        <translation>कैंडल लिखना विफल: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::BestSoFarChart</name>
    <message>
        <source>Best skill so far</source>
        <translation>अब तक की सर्वश्रेष्ठ स्किल</translation>
    </message>
    <message>
        <source>Each completed trial</source>
        <translation>प्रत्येक पूर्ण ट्रायल</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>ट्रायल</translation>
    </message>
    <message>
        <source>Validation skill</source>
        <translation>सत्यापन स्किल</translation>
    </message>
    <message>
        <source>Best validation skill so far by trial</source>
        <translation>ट्रायल के अनुसार अब तक की सर्वश्रेष्ठ सत्यापन स्किल</translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceKlineParser</name>
    <message>
        <source>%1 does not list the symbol “%2” (%3). Binance symbols are pairs written without a separator, such as BTCUSDT or ETHBTC.</source>
        <translation>%1 सिंबल “%2” (%3) सूचीबद्ध नहीं करता। Binance सिंबल बिना विभाजक के लिखे जोड़े होते हैं, जैसे BTCUSDT या ETHBTC।</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation>%1 ने %3 के लिए HTTP %2 उत्तर दिया।</translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (HTTP %3, code %4): %5</source>
        <translation>%1 ने %2 का अनुरोध अस्वीकार किया (HTTP %3, कोड %4): %5</translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is incomplete or malformed: %3.</source>
        <translation>%2 के लिए %1 का उत्तर अधूरा या विकृत है: %3।</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>बाइट %2 पर %1</translation>
    </message>
    <message>
        <source>it is not a list of klines</source>
        <translation>यह klines की सूची नहीं है</translation>
    </message>
    <message>
        <source>kline %1 has %2 fields instead of at least 6</source>
        <translation>kline %1 में कम से कम 6 के बजाय %2 फ़ील्ड हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceProvider</name>
    <message>
        <source>“%1” is not a %2 symbol; write pairs such as BTCUSDT (letters and digits only).</source>
        <translation>“%1” कोई %2 सिंबल नहीं है; BTCUSDT जैसे जोड़े लिखें (केवल अक्षर और अंक)।</translation>
    </message>
    <message>
        <source>%1 kept sending pages for %2 past the requested range; stopped after %3.</source>
        <translation>%1 अनुरोधित सीमा के बाद भी %2 के लिए पेज भेजता रहा; %3 के बाद रोका गया।</translation>
    </message>
    <message>
        <source>%1 answered bars from before the requested start for %2; it does not look like the Binance klines API.</source>
        <translation>%1 ने %2 के लिए अनुरोधित शुरुआत से पहले के कैंडल लौटाए; यह Binance klines API जैसा नहीं लगता।</translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyBackoff</name>
    <message>
        <source>Writing to the workspace database</source>
        <translation>वर्कस्पेस डेटाबेस में लिखा जा रहा है</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by another program for %2 s (%3 tries). Close the program that holds it (for example sqlite3) and try again.</source>
        <translation>%1 विफल: वर्कस्पेस डेटाबेस %2 s तक किसी अन्य प्रोग्राम द्वारा लॉक रहा (%3 प्रयास)। उसे रखने वाला प्रोग्राम (जैसे sqlite3) बंद करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by %2 for %3 s (%4 tries). Let it finish or close it, and try again.</source>
        <translation>%1 विफल: वर्कस्पेस डेटाबेस %3 s तक %2 द्वारा लॉक रहा (%4 प्रयास)। उसे पूरा होने दें या बंद करें, और फिर से प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyWait</name>
    <message>
        <source>The workspace database is locked by another program (for example sqlite3 or another ModelDeck)</source>
        <translation>वर्कस्पेस डेटाबेस किसी अन्य प्रोग्राम द्वारा लॉक है (जैसे sqlite3 या कोई अन्य ModelDeck)</translation>
    </message>
    <message>
        <source>The workspace database is locked by another process: %1</source>
        <translation>वर्कस्पेस डेटाबेस किसी अन्य प्रोसेस द्वारा लॉक है: %1</translation>
    </message>
    <message>
        <source>%1 could write to the workspace database again after %2 s.</source>
        <translation>%1 %2 s के बाद फिर से वर्कस्पेस डेटाबेस में लिख सका।</translation>
    </message>
    <message>
        <source>%1; ModelDeck keeps retrying (%2, %3 s so far).</source>
        <translation>%1; ModelDeck पुनः प्रयास करता रहता है (%2, अब तक %3 s)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareDialog</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Compare / A/B Test</source>
        <translation>तुलना / A/B टेस्ट</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>मॉडलों की तुलना करें</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>तुलना प्रगति</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>लोडिंग रद्द करें</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>नैव की तुलना में स्किल</translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation>95 % कवरेज</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message>
        <source>Trained at (UTC)</source>
        <translation>प्रशिक्षित (UTC)</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>सीरीज़</translation>
    </message>
    <message>
        <source>Metrics of each model on the newest bars</source>
        <translation>नवीनतम कैंडल पर प्रत्येक मॉडल के मेट्रिक</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>मेट्रिक (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Forecasts</source>
        <translation>पूर्वानुमान (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Loss Curves</source>
        <translation>लॉस कर्व (&amp;L)</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B टेस्ट</translation>
    </message>
    <message>
        <source>Loading the comparison was cancelled.</source>
        <translation>तुलना लोड करना रद्द किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n model(s) on the newest %1 bars of their series…</source>
        <translation>
            <numerusform>%n मॉडल को उसकी सीरीज़ के नवीनतम %1 कैंडल पर स्कोर किया जा रहा है…</numerusform>
            <numerusform>%n मॉडलों को उनकी सीरीज़ के नवीनतम %1 कैंडल पर स्कोर किया जा रहा है…</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No model could be scored.</source>
        <translation>कोई मॉडल स्कोर नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>Each model forecast the newest bars of its series, each from the bars before it; the chart shows %1 %2.</source>
        <translation>प्रत्येक मॉडल ने अपनी सीरीज़ के नवीनतम कैंडल का पूर्वानुमान किया, हर एक उससे पहले के कैंडल से; चार्ट %1 %2 दिखाता है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareForecastChart</name>
    <message>
        <source>Actual close</source>
        <translation>वास्तविक क्लोज़</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Actual closes and each model&apos;s forecasts</source>
        <translation>वास्तविक क्लोज़ और प्रत्येक मॉडल के पूर्वानुमान</translation>
    </message>
    <message>
        <source>No forecasts to show.</source>
        <translation>दिखाने के लिए कोई पूर्वानुमान नहीं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareLossChart</name>
    <message>
        <source>Epoch</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Validation loss per epoch of each model</source>
        <translation>प्रत्येक मॉडल का प्रति एपॉक सत्यापन लॉस</translation>
    </message>
    <message>
        <source>No training epochs recorded for these models.</source>
        <translation>इन मॉडलों के लिए कोई प्रशिक्षण एपॉक दर्ज नहीं है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvFormat</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>पंक्ति %1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 और %2 अन्य</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported but flagged as invalid: %1.</source>
        <translation>
            <numerusform>%n पंक्ति आयात की गई लेकिन अमान्य के रूप में चिह्नित: %1।</numerusform>
            <numerusform>%n पंक्तियाँ आयात की गईं लेकिन अमान्य के रूप में चिह्नित: %1।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvImporter</name>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Asia/Kolkata or America/New_York.</source>
        <translation>अज्ञात समय क्षेत्र “%1”; Asia/Kolkata या America/New_York जैसे IANA नाम का उपयोग करें।</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>फ़ाइल खोली नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>आयात रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>Cannot tell the symbol from the file name; give it explicitly (for example --symbol TCS.NS).</source>
        <translation>फ़ाइल नाम से सिंबल पता नहीं चल सकता; इसे स्पष्ट रूप से दें (जैसे --symbol TCS.NS)।</translation>
    </message>
    <message>
        <source>The file has no usable rows (%1 rows skipped for missing values).</source>
        <translation>फ़ाइल में कोई उपयोगी पंक्ति नहीं है (लुप्त मानों के कारण %1 पंक्तियाँ छोड़ी गईं)।</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>आयात करने के लिए कोई फ़ाइल नहीं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvLayout</name>
    <message>
        <source>Yahoo Finance download</source>
        <translation>Yahoo Finance डाउनलोड</translation>
    </message>
    <message>
        <source>yfinance multi-row header</source>
        <translation>yfinance बहु-पंक्ति हेडर</translation>
    </message>
    <message>
        <source>Broker export (separate date and time)</source>
        <translation>ब्रोकर निर्यात (अलग तारीख और समय)</translation>
    </message>
    <message>
        <source>Timestamped OHLCV</source>
        <translation>टाइमस्टैम्प वाला OHLCV</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvParser</name>
    <message>
        <source>The CSV parser was already finished.</source>
        <translation>CSV पार्सर पहले ही समाप्त हो चुका था।</translation>
    </message>
    <message>
        <source>A quoted field is not closed on this line.</source>
        <translation>इस पंक्ति में उद्धृत फ़ील्ड बंद नहीं है।</translation>
    </message>
    <message>
        <source>Date or Datetime</source>
        <translation>Date या Datetime</translation>
    </message>
    <message>
        <source>A price file needs a header row with the columns Date (or Datetime), Open, High, Low and Close; Adj Close and Volume are optional.</source>
        <translation>मूल्य फ़ाइल में Date (या Datetime), Open, High, Low और Close कॉलम वाली हेडर पंक्ति चाहिए; Adj Close और Volume वैकल्पिक हैं।</translation>
    </message>
    <message>
        <source>The first line looks like data, not a header. %1</source>
        <translation>पहली पंक्ति हेडर नहीं, डेटा जैसी लगती है। %1</translation>
    </message>
    <message>
        <source>No header row was recognised (the first line is “%1”). %2</source>
        <translation>कोई हेडर पंक्ति पहचानी नहीं गई (पहली पंक्ति “%1” है)। %2</translation>
    </message>
    <message>
        <source>The header has no column for %1. %2</source>
        <translation>हेडर में %1 के लिए कोई कॉलम नहीं है। %2</translation>
    </message>
    <message>
        <source>The file holds several tickers (%1 and %2); download one ticker per file.</source>
        <translation>फ़ाइल में कई टिकर हैं (%1 और %2); प्रति फ़ाइल एक टिकर डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16; save it as a UTF-8 CSV file and import it again.</source>
        <translation>फ़ाइल UTF-16 में एन्कोड है; इसे UTF-8 CSV फ़ाइल के रूप में सहेजें और फिर से आयात करें।</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte), so it is not a CSV file.</source>
        <translation>फ़ाइल में बाइनरी डेटा (NUL बाइट) है, इसलिए यह CSV फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The line is longer than %1 KiB; the file does not look like a price CSV.</source>
        <translation>पंक्ति %1 KiB से लंबी है; फ़ाइल मूल्य CSV जैसी नहीं लगती।</translation>
    </message>
    <message>
        <source>Expected %1 columns, as in the header, but found %2.</source>
        <translation>हेडर के अनुसार %1 कॉलम अपेक्षित थे, लेकिन %2 मिले।</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a number.</source>
        <translation>कॉलम “%1” में “%2” है, जो संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a date this importer understands (for example 2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 or 20240131).</source>
        <translation>कॉलम “%1” में “%2” है, जो ऐसी तारीख नहीं है जिसे यह आयातक समझता है (जैसे 2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 या 20240131)।</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a time of day (for example 09:15 or 09:15:00).</source>
        <translation>कॉलम “%1” में “%2” है, जो दिन का समय नहीं है (जैसे 09:15 या 09:15:00)।</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>फ़ाइल में हेडर है लेकिन कोई डेटा पंक्ति नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>All %n data row(s) have empty or null values; there is nothing to import.</source>
        <translation>
            <numerusform>सभी %n डेटा पंक्ति में खाली या null मान हैं; आयात करने को कुछ नहीं है।</numerusform>
            <numerusform>सभी %n डेटा पंक्तियों में खाली या null मान हैं; आयात करने को कुछ नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates mix day-first and month-first order: “%1” (line %2) can only be day-first, but “%3” (line %4) can only be month-first.</source>
        <translation>तारीखों में दिन-पहले और महीना-पहले क्रम मिले हुए हैं: “%1” (पंक्ति %2) केवल दिन-पहले हो सकती है, लेकिन “%3” (पंक्ति %4) केवल महीना-पहले हो सकती है।</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid day-first (DD-MM-YYYY) date.</source>
        <translation>कॉलम “%1” में “%2” है, जो मान्य दिन-पहले (DD-MM-YYYY) तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid month-first (MM-DD-YYYY) date.</source>
        <translation>कॉलम “%1” में “%2” है, जो मान्य महीना-पहले (MM-DD-YYYY) तारीख नहीं है।</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first (for example “%1”); choose the date order (day-first or month-first) and import again.</source>
        <translation>तारीखें दिन-पहले या महीना-पहले हो सकती हैं (जैसे “%1”); तारीख क्रम (दिन-पहले या महीना-पहले) चुनें और फिर से आयात करें।</translation>
    </message>
    <message>
        <source>a price is negative</source>
        <translation>कोई मूल्य ऋणात्मक है</translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation>हाई %1, लो %2 से कम है</translation>
    </message>
    <message>
        <source>open %1 is outside the low–high range %2–%3</source>
        <translation>ओपन %1, लो–हाई सीमा %2–%3 से बाहर है</translation>
    </message>
    <message>
        <source>close %1 is outside the low–high range %2–%3</source>
        <translation>क्लोज़ %1, लो–हाई सीमा %2–%3 से बाहर है</translation>
    </message>
    <message>
        <source>volume %1 is negative</source>
        <translation>वॉल्यूम %1 ऋणात्मक है</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…और %n अन्य।</numerusform>
            <numerusform>…और %n अन्य।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have impossible prices or volumes:</source>
        <translation>
            <numerusform>%n पंक्ति में असंभव मूल्य या वॉल्यूम हैं:</numerusform>
            <numerusform>%n पंक्तियों में असंभव मूल्य या वॉल्यूम हैं:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or choose “keep invalid rows” to import them flagged as invalid.</source>
        <translation>फ़ाइल ठीक करें, या उन्हें अमान्य के रूप में चिह्नित करके आयात करने के लिए “अमान्य पंक्तियाँ रखें” चुनें।</translation>
    </message>
    <message>
        <source>%1 UTC is before 1900</source>
        <translation>%1 UTC 1900 से पहले है</translation>
    </message>
    <message>
        <source>%1 UTC is in the future (more than a day from now)</source>
        <translation>%1 UTC भविष्य में है (अभी से एक दिन से अधिक)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are dated outside 1900-01-01 to tomorrow:</source>
        <translation>
            <numerusform>%n पंक्ति की तारीख 1900-01-01 से कल तक की सीमा से बाहर है:</numerusform>
            <numerusform>%n पंक्तियों की तारीख 1900-01-01 से कल तक की सीमा से बाहर है:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the dates; a row dated in the future would become the series’ newest bar.</source>
        <translation>तारीखें ठीक करें; भविष्य की तारीख वाली पंक्ति सीरीज़ का नवीनतम कैंडल बन जाएगी।</translation>
    </message>
</context>
<context>
    <name>modeldeck::Database</name>
    <message>
        <source>No workspace folder was given.</source>
        <translation>कोई वर्कस्पेस फ़ोल्डर नहीं दिया गया।</translation>
    </message>
    <message>
        <source>The workspace “%1” is a file, not a folder. Choose a folder for the workspace.</source>
        <translation>वर्कस्पेस “%1” एक फ़ाइल है, फ़ोल्डर नहीं। वर्कस्पेस के लिए कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder “%1”. Check that its parent exists and is writable.</source>
        <translation>वर्कस्पेस फ़ोल्डर “%1” बनाया नहीं जा सकता। जाँचें कि उसका पैरेंट मौजूद है और लिखने योग्य है।</translation>
    </message>
    <message>
        <source>The workspace folder “%1” is read-only. ModelDeck needs to write its database and models there; choose a writable folder or fix its permissions.</source>
        <translation>वर्कस्पेस फ़ोल्डर “%1” केवल-पढ़ने योग्य है। ModelDeck को वहाँ अपना डेटाबेस और मॉडल लिखने हैं; कोई लिखने योग्य फ़ोल्डर चुनें या उसकी अनुमतियाँ ठीक करें।</translation>
    </message>
    <message>
        <source>The workspace database “%1” is read-only or not a regular file; ModelDeck needs to write to it.</source>
        <translation>वर्कस्पेस डेटाबेस “%1” केवल-पढ़ने योग्य है या सामान्य फ़ाइल नहीं है; ModelDeck को उसमें लिखना है।</translation>
    </message>
    <message>
        <source>“%1” is not a ModelDeck workspace database (it is not an SQLite file). Move it away or choose another workspace folder.</source>
        <translation>“%1” ModelDeck वर्कस्पेस डेटाबेस नहीं है (यह SQLite फ़ाइल नहीं है)। इसे हटाकर कहीं और रखें या कोई अन्य वर्कस्पेस फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot create the models folder in “%1”.</source>
        <translation>“%1” में models फ़ोल्डर बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Qt SQLite ड्राइवर (QSQLITE) उपलब्ध नहीं है। Qt 6 SQLite प्लगइन इंस्टॉल करें (Debian: libqt6sql6-sqlite)।</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>वर्कस्पेस डेटाबेस खोला जा रहा है</translation>
    </message>
    <message>
        <source>This file is not a ModelDeck workspace database (%1).</source>
        <translation>यह फ़ाइल ModelDeck वर्कस्पेस डेटाबेस नहीं है (%1)।</translation>
    </message>
    <message>
        <source>Configuring the workspace database (%1)</source>
        <translation>वर्कस्पेस डेटाबेस कॉन्फ़िगर किया जा रहा है (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>अज्ञात डेटाबेस त्रुटि</translation>
    </message>
    <message>
        <source>Starting a write transaction</source>
        <translation>लेखन ट्रांज़ैक्शन शुरू किया जा रहा है</translation>
    </message>
    <message>
        <source>Committing the transaction</source>
        <translation>ट्रांज़ैक्शन कमिट किया जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::DesktopNotifier</name>
    <message>
        <source>ModelDeck</source>
        <translation>ModelDeck</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n नया अलर्ट</numerusform>
            <numerusform>%n नए अलर्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Alerts panel</source>
        <translation>
            <numerusform>… और अलर्ट पैनल में %n अन्य</numerusform>
            <numerusform>… और अलर्ट पैनल में %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>प्रशिक्षण पूरा हुआ</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>प्रशिक्षण विफल</translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation>%1 (जॉब %2): %3</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (जॉब %2)</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadDialog</name>
    <message>
        <source>Download Price History</source>
        <translation>मूल्य हिस्ट्री डाउनलोड करें</translation>
    </message>
    <message>
        <source>Every series this workspace downloaded before is brought up to date from its provider, starting at its newest stored bar. Series that only came from CSV files are skipped.</source>
        <translation>इस वर्कस्पेस द्वारा पहले डाउनलोड की गई हर सीरीज़ को उसके प्रदाता से, उसके नवीनतम संग्रहीत कैंडल से शुरू करके, अद्यतन किया जाता है। केवल CSV फ़ाइलों से आई सीरीज़ छोड़ दी जाती हैं।</translation>
    </message>
    <message>
        <source>Download progress per symbol</source>
        <translation>प्रति सिंबल डाउनलोड प्रगति</translation>
    </message>
    <message>
        <source>One row per symbol: hover over a row for the whole message and the provider&apos;s notes</source>
        <translation>प्रति सिंबल एक पंक्ति: पूरा संदेश और प्रदाता के नोट देखने के लिए पंक्ति पर होवर करें</translation>
    </message>
    <message>
        <source>Overall download progress</source>
        <translation>कुल डाउनलोड प्रगति</translation>
    </message>
    <message>
        <source>%v of %m series</source>
        <translation>%m में से %v सीरीज़</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>डाउनलोड (&amp;D)</translation>
    </message>
    <message>
        <source>the download window was closed</source>
        <translation>डाउनलोड विंडो बंद कर दी गई</translation>
    </message>
    <message>
        <source>Refresh All Price History</source>
        <translation>सभी मूल्य हिस्ट्री रीफ़्रेश करें</translation>
    </message>
    <message numerus="yes">
        <source>Download %n symbol(s) (Enter)</source>
        <translation>
            <numerusform>%n सिंबल डाउनलोड करें (Enter)</numerusform>
            <numerusform>%n सिंबल डाउनलोड करें (Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>A download is running</source>
        <translation>एक डाउनलोड चल रहा है</translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation>डाउनलोड रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop: series already written stay, the others write nothing (Esc)</source>
        <translation>रोकें: पहले से लिखी गई सीरीज़ रहती हैं, बाकी कुछ नहीं लिखतीं (Esc)</translation>
    </message>
    <message>
        <source>Cancel was pressed</source>
        <translation>रद्द करें दबाया गया</translation>
    </message>
    <message>
        <source>Cancelling… A series being written is completed or rolled back; nothing partial is kept.</source>
        <translation>रद्द किया जा रहा है… लिखी जा रही सीरीज़ पूरी की जाती है या रोलबैक की जाती है; कुछ भी अधूरा नहीं रखा जाता।</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing was written.</source>
        <translation>शुरू होने से पहले रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Nothing to refresh: no series in this workspace was downloaded from a provider.</source>
        <translation>रीफ़्रेश करने को कुछ नहीं: इस वर्कस्पेस की कोई सीरीज़ किसी प्रदाता से डाउनलोड नहीं की गई थी।</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n series completed; nothing was written for the others.</source>
        <translation>
            <numerusform>रद्द किया गया: %n में से %1 सीरीज़ पूरी हुई; बाकी के लिए कुछ नहीं लिखा गया।</numerusform>
            <numerusform>रद्द किया गया: %n में से %1 सीरीज़ पूरी हुईं; बाकी के लिए कुछ नहीं लिखा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was downloaded: %1</source>
        <translation>कुछ भी डाउनलोड नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Nothing was downloaded; each row says why.</source>
        <translation>कुछ भी डाउनलोड नहीं हुआ; हर पंक्ति कारण बताती है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series downloaded.</source>
        <translation>
            <numerusform>%n में से %1 सीरीज़ डाउनलोड हुई।</numerusform>
            <numerusform>%n में से %1 सीरीज़ डाउनलोड हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated and %3 unchanged bars.</source>
        <translation>%1 नए, %2 अद्यतन और %3 अपरिवर्तित कैंडल।</translation>
    </message>
    <message numerus="yes">
        <source>%n series failed:</source>
        <translation>
            <numerusform>%n सीरीज़ विफल रही:</numerusform>
            <numerusform>%n सीरीज़ विफल रहीं:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (see the rows marked Failed)</source>
        <translation>
            <numerusform>  … और %n अन्य (विफल चिह्नित पंक्तियाँ देखें)</numerusform>
            <numerusform>  … और %n अन्य (विफल चिह्नित पंक्तियाँ देखें)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series skipped: never downloaded from a provider (see the rows).</source>
        <translation>
            <numerusform>%n सीरीज़ छोड़ी गई: कभी किसी प्रदाता से डाउनलोड नहीं हुई (पंक्तियाँ देखें)।</numerusform>
            <numerusform>%n सीरीज़ छोड़ी गईं: कभी किसी प्रदाता से डाउनलोड नहीं हुईं (पंक्तियाँ देखें)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadOptionsWidget</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n वर्ष</numerusform>
            <numerusform>%n वर्ष</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue from the last stored bar</source>
        <translation>अंतिम संग्रहीत कैंडल से जारी रखें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Between dates (UTC):</source>
        <translation>तारीखों के बीच (UTC) (&amp;B):</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>तक (&amp;U)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <source>Where the prices come from</source>
        <translation>मूल्य कहाँ से आते हैं</translation>
    </message>
    <message>
        <source>Symbols as the provider spells them, separated by commas or spaces; symbols this workspace already downloads from the provider are filled in</source>
        <translation>प्रदाता की वर्तनी में सिंबल, अल्पविराम या स्पेस से अलग; यह वर्कस्पेस प्रदाता से जो सिंबल पहले से डाउनलोड करता है वे भरे हुए हैं</translation>
    </message>
    <message>
        <source>Bar length; only those the provider offers are listed</source>
        <translation>कैंडल की अवधि; केवल प्रदाता द्वारा दी जाने वाली सूचीबद्ध हैं</translation>
    </message>
    <message>
        <source>Fetch each series from its newest stored bar (fetched again, as it may have been incomplete): only what is missing is downloaded</source>
        <translation>हर सीरीज़ को उसके नवीनतम संग्रहीत कैंडल से लाएँ (वह फिर से लाया जाता है, क्योंकि वह अधूरा हो सकता था): केवल लुप्त हिस्सा डाउनलोड होता है</translation>
    </message>
    <message>
        <source>Fetch the bars from the first day through the last (or up to now); stored bars in the range are replaced by the provider&apos;s</source>
        <translation>पहले दिन से अंतिम दिन तक (या अब तक) के कैंडल लाएँ; सीमा में संग्रहीत कैंडल प्रदाता के कैंडल से बदल दिए जाते हैं</translation>
    </message>
    <message>
        <source>Stop at the last day instead of now</source>
        <translation>अब के बजाय अंतिम दिन पर रुकें</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>प्रदाता (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Symbols:</source>
        <translation>सिंबल (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>टाइमफ़्रेम (&amp;T):</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>सीमा:</translation>
    </message>
    <message>
        <source>e.g. AAPL, MSFT, RELIANCE.NS</source>
        <translation>जैसे AAPL, MSFT, RELIANCE.NS</translation>
    </message>
    <message>
        <source>e.g. BTCUSDT, ETHUSDT</source>
        <translation>जैसे BTCUSDT, ETHUSDT</translation>
    </message>
    <message>
        <source>Series not stored yet get the last %1.</source>
        <translation>जो सीरीज़ अभी संग्रहीत नहीं हैं उन्हें अंतिम %1 मिलते हैं।</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Enter at least one symbol.</source>
        <translation>कम से कम एक सिंबल दर्ज करें।</translation>
    </message>
    <message>
        <source>Choose a timeframe.</source>
        <translation>टाइमफ़्रेम चुनें।</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>पहला दिन (%1) अंतिम दिन (%2) के बाद है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>लाया जा रहा है…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 नए, %2 अद्यतन, %3 अपरिवर्तित</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3: %4</source>
        <translation>%3 से %1 %2: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 bars received</source>
        <translation>
            <numerusform>%n पेज, %1 कैंडल प्राप्त</numerusform>
            <numerusform>%n पेज, %1 कैंडल प्राप्त</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged bars</source>
        <translation>%1 नए, %2 अद्यतन, %3 अपरिवर्तित कैंडल</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>कैंडल</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadService</name>
    <message>
        <source>Cancelled before %1 was saved; nothing was written.</source>
        <translation>%1 सहेजे जाने से पहले रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>%1 %2 rebuilt from %3: %4 new, %5 updated bars.</source>
        <translation>%1 %2 को %3 से फिर बनाया गया: %4 नए, %5 अद्यतन कैंडल।</translation>
    </message>
    <message>
        <source>Series of %1 resampled from %2 were not rebuilt: %3</source>
        <translation>%2 से रीसैंपल की गई %1 की सीरीज़ फिर से नहीं बनाई गईं: %3</translation>
    </message>
    <message>
        <source>%1 %2 (resampled from %3) was not rebuilt: %4</source>
        <translation>%1 %2 (%3 से रीसैंपल की गई) फिर से नहीं बनाई गई: %4</translation>
    </message>
    <message>
        <source>No timeframe given; %1 needs one such as 5m, 1h or 1d.</source>
        <translation>कोई टाइमफ़्रेम नहीं दिया गया; %1 को 5m, 1h या 1d जैसा एक चाहिए।</translation>
    </message>
    <message>
        <source>No symbols to download.</source>
        <translation>डाउनलोड करने के लिए कोई सिंबल नहीं।</translation>
    </message>
    <message>
        <source>The start %1 is not before the end %2.</source>
        <translation>शुरुआत %1 अंत %2 से पहले नहीं है।</translation>
    </message>
    <message>
        <source>Cancelled before %1 was fetched; nothing was written.</source>
        <translation>%1 लाए जाने से पहले रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Nothing to fetch: the stored bars already reach %1.</source>
        <translation>लाने को कुछ नहीं: संग्रहीत कैंडल पहले से %1 तक पहुँचते हैं।</translation>
    </message>
    <message>
        <source>%1 Nothing was written for %2.</source>
        <translation>%1 %2 के लिए कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>%1 has no %2 bars of %3 from %4 to %5.</source>
        <translation>%1 के पास %4 से %5 तक %3 के कोई %2 कैंडल नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::DriftMonitor</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>इस वर्कस्पेस में “%1” नाम का कोई मॉडल नहीं है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::FeatureConfig</name>
    <message>
        <source>Feature settings: unknown key &quot;%1&quot;.</source>
        <translation>फ़ीचर सेटिंग्स: अज्ञात कुंजी &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; + &quot;%2&quot; must be less than 1 so that bars remain for the test split (got %3 + %4).</source>
        <translation>फ़ीचर सेटिंग्स: &quot;%1&quot; + &quot;%2&quot; 1 से कम होना चाहिए ताकि टेस्ट विभाजन के लिए कैंडल बचें (मिला: %3 + %4)।</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be &quot;%2&quot; (the log return over the horizon) or &quot;%3&quot; (the close itself).</source>
        <translation>फ़ीचर सेटिंग्स: &quot;%1&quot; या तो &quot;%2&quot; (होराइज़न पर लॉग रिटर्न) या &quot;%3&quot; (स्वयं क्लोज़) होना चाहिए।</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>फ़ीचर सेटिंग्स: &quot;%1&quot; %2 से %3 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be true or false.</source>
        <translation>फ़ीचर सेटिंग्स: &quot;%1&quot; true या false होना चाहिए।</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be a number greater than 0 and less than 1.</source>
        <translation>फ़ीचर सेटिंग्स: &quot;%1&quot; 0 से बड़ी और 1 से छोटी संख्या होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::FeatureSet</name>
    <message>
        <source>bar %1 (%2)</source>
        <translation>कैंडल %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot build features: the bars are not in strictly increasing time order (%1 follows %2).</source>
        <translation>फ़ीचर नहीं बनाए जा सकते: कैंडल सख्ती से बढ़ते समय क्रम में नहीं हैं (%1, %2 के बाद आता है)।</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a close of %2; prices must be positive.</source>
        <translation>फ़ीचर नहीं बनाए जा सकते: %1 का क्लोज़ %2 है; कीमतें धनात्मक होनी चाहिए।</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a volume of %2; volumes must be zero or positive (or turn volume features off).</source>
        <translation>फ़ीचर नहीं बनाए जा सकते: %1 का वॉल्यूम %2 है; वॉल्यूम शून्य या धनात्मक होना चाहिए (या वॉल्यूम फ़ीचर बंद करें)।</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has an invalid open, high or low; range features need a positive open and finite high and low.</source>
        <translation>फ़ीचर नहीं बनाए जा सकते: %1 का ओपन, हाई या लो अमान्य है; रेंज फ़ीचर के लिए धनात्मक ओपन और सीमित हाई व लो चाहिए।</translation>
    </message>
    <message>
        <source>Cannot build features: the series has more bars than can be indexed.</source>
        <translation>फ़ीचर नहीं बनाए जा सकते: सीरीज़ में इंडेक्स की जा सकने वाली संख्या से अधिक कैंडल हैं।</translation>
    </message>
    <message>
        <source>Internal error: the feature &quot;%1&quot; cannot be computed.</source>
        <translation>आंतरिक त्रुटि: फ़ीचर &quot;%1&quot; की गणना नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>The saved feature scaler has %1 columns but the feature settings give %2 features.</source>
        <translation>सहेजे गए फ़ीचर स्केलर में %1 कॉलम हैं, लेकिन फ़ीचर सेटिंग्स %2 फ़ीचर देती हैं।</translation>
    </message>
    <message>
        <source>The saved target scaler has no columns.</source>
        <translation>सहेजे गए टारगेट स्केलर में कोई कॉलम नहीं है।</translation>
    </message>
    <message>
        <source>The series has %1 bars; windows of %2 bars with horizon %3 need at least %4 bars (history %5 + lookback + horizon, for each of the three splits, with at least %6 training, %7 validation and %8 test samples).</source>
        <translation>सीरीज़ में %1 कैंडल हैं; %2 कैंडल की विंडो और होराइज़न %3 के लिए कम से कम %4 कैंडल चाहिए (हिस्ट्री %5 + लुकबैक + होराइज़न, तीनों विभाजनों में से प्रत्येक के लिए, कम से कम %6 प्रशिक्षण, %7 सत्यापन और %8 टेस्ट नमूनों के साथ)।</translation>
    </message>
    <message>
        <source>Predicting needs the latest %1 bars (%2 bars of feature history + a window of %3 − 1); the series has %4.</source>
        <translation>भविष्यवाणी के लिए नवीनतम %1 कैंडल चाहिए (फ़ीचर हिस्ट्री के %2 कैंडल + %3 − 1 की विंडो); सीरीज़ में %4 हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::FileSet</name>
    <message>
        <source>This exists and is not a regular file, so it is not replaced.</source>
        <translation>यह मौजूद है और सामान्य फ़ाइल नहीं है, इसलिए इसे बदला नहीं जाता।</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>फ़ाइल लिखना विफल: %1</translation>
    </message>
    <message>
        <source>The existing file could not be set aside to replace it.</source>
        <translation>मौजूदा फ़ाइल को बदलने के लिए अलग नहीं रखा जा सका।</translation>
    </message>
    <message>
        <source>The new file could not be moved into place.</source>
        <translation>नई फ़ाइल को उसकी जगह नहीं ले जाया जा सका।</translation>
    </message>
</context>
<context>
    <name>modeldeck::FilterSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search symbol, bot, error…</source>
        <translation>सिंबल, बॉट, त्रुटि खोजें…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>मॉडल खोजें</translation>
    </message>
    <message>
        <source>Find models whose symbol, timeframe, bot, period or error contains this text</source>
        <translation>ऐसे मॉडल खोजें जिनके सिंबल, टाइमफ़्रेम, बॉट, अवधि या त्रुटि में यह टेक्स्ट हो</translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation>सिंबल फ़िल्टर</translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation>टाइमफ़्रेम फ़िल्टर</translation>
    </message>
    <message>
        <source>Bot filter</source>
        <translation>बॉट फ़िल्टर</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>नवीनतम पहले</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>सबसे पुराने पहले</translation>
    </message>
    <message>
        <source>Lowest RMSE</source>
        <translation>न्यूनतम RMSE</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>फ़िल्टर रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Show all models again</source>
        <translation>सभी मॉडल फिर से दिखाएँ</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>खोज (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>सिंबल (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Timeframe</source>
        <translation>टाइमफ़्रेम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>बॉट (&amp;B)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>स्थिति (&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>क्रमबद्ध करें (&amp;O)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
</context>
<context>
    <name>modeldeck::Forecaster</name>
    <message>
        <source>The naive baseline has no network: it repeats the last value and is evaluated without training.</source>
        <translation>नैव बेसलाइन में कोई नेटवर्क नहीं है: यह अंतिम मान दोहराता है और बिना प्रशिक्षण के मूल्यांकित होता है।</translation>
    </message>
    <message>
        <source>%1 is a tree ensemble (XGBoost), not a network.</source>
        <translation>%1 एक ट्री एन्सेम्बल (XGBoost) है, नेटवर्क नहीं।</translation>
    </message>
    <message>
        <source>A model needs at least one input feature; got %1.</source>
        <translation>मॉडल को कम से कम एक इनपुट फ़ीचर चाहिए; मिला: %1।</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>%1 नेटवर्क नहीं बनाया जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryModel</name>
    <message>
        <source>Job %1 · %2
%3</source>
        <translation>जॉब %1 · %2
%3</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>जॉब %1 · %2</translation>
    </message>
    <message>
        <source>On the test split of the training record this job produced, in price units</source>
        <translation>इस जॉब द्वारा बनाए गए प्रशिक्षण रिकॉर्ड के टेस्ट विभाजन पर, मूल्य इकाइयों में</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation>टेस्ट RMSE</translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation>टेस्ट MAE</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryPage</name>
    <message>
        <source>&amp;Re-run with same config</source>
        <translation>उसी कॉन्फ़िग से फिर चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Search tr&amp;ials…</source>
        <translation>खोज ट्रायल (&amp;I)…</translation>
    </message>
    <message>
        <source>Train &amp;best config</source>
        <translation>सर्वश्रेष्ठ कॉन्फ़िग प्रशिक्षित करें (&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>पुनः लोड करें (&amp;L)</translation>
    </message>
    <message>
        <source>Finished training jobs</source>
        <translation>पूर्ण प्रशिक्षण जॉब</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>इस स्थिति वाली जॉब दिखाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>दिखाएँ (&amp;S):</translation>
    </message>
    <message>
        <source>Queue this job again with the same symbol, timeframe, bot and settings (a failed, cancelled or interrupted job is retried)</source>
        <translation>इस जॉब को उसी सिंबल, टाइमफ़्रेम, बॉट और सेटिंग्स के साथ फिर से कतार में जोड़ें (विफल, रद्द या बाधित जॉब फिर से प्रयास की जाती है)</translation>
    </message>
    <message>
        <source>Read the job history again</source>
        <translation>जॉब हिस्ट्री फिर से पढ़ें</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation>
            <numerusform>%n पूर्ण जॉब</numerusform>
            <numerusform>%n पूर्ण जॉब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished job(s)</source>
        <translation>
            <numerusform>%n में से %1 पूर्ण जॉब</numerusform>
            <numerusform>%n में से %1 पूर्ण जॉब</numerusform>
        </translation>
    </message>
    <message>
        <source>No training job has finished yet.</source>
        <translation>अभी तक कोई प्रशिक्षण जॉब पूरी नहीं हुई है।</translation>
    </message>
    <message>
        <source>No finished job has this status.</source>
        <translation>किसी पूर्ण जॉब की यह स्थिति नहीं है।</translation>
    </message>
    <message>
        <source>Show this search&apos;s trials, best skill so far and skill by parameter (Enter)</source>
        <translation>इस खोज के ट्रायल, अब तक की सर्वश्रेष्ठ स्किल और पैरामीटर के अनुसार स्किल दिखाएँ (Enter)</translation>
    </message>
    <message>
        <source>Only a hyperparameter search has trials</source>
        <translation>केवल हाइपरपैरामीटर खोज में ट्रायल होते हैं</translation>
    </message>
    <message>
        <source>Only a hyperparameter search has a best configuration</source>
        <translation>केवल हाइपरपैरामीटर खोज में सर्वश्रेष्ठ कॉन्फ़िगरेशन होता है</translation>
    </message>
    <message>
        <source>Reading the search&apos;s trials…</source>
        <translation>खोज के ट्रायल पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>No trial of this search completed</source>
        <translation>इस खोज का कोई ट्रायल पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Queue a training job with trial %1&apos;s parameters: %2</source>
        <translation>ट्रायल %1 के पैरामीटर के साथ प्रशिक्षण जॉब कतार में जोड़ें: %2</translation>
    </message>
    <message>
        <source>Search trials — %1 (job %2)</source>
        <translation>खोज ट्रायल — %1 (जॉब %2)</translation>
    </message>
    <message>
        <source>%1 was not queued: %2</source>
        <translation>%1 कतार में नहीं जोड़ा गया: %2</translation>
    </message>
    <message>
        <source>%1 with the best configuration is already queued (job %2).</source>
        <translation>सर्वश्रेष्ठ कॉन्फ़िगरेशन के साथ %1 पहले से कतार में है (जॉब %2)।</translation>
    </message>
    <message>
        <source>Queued %1 with trial %2&apos;s configuration as job %3.</source>
        <translation>ट्रायल %2 के कॉन्फ़िगरेशन के साथ %1 को जॉब %3 के रूप में कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>%1 is already queued (job %2).</source>
        <translation>%1 पहले से कतार में है (जॉब %2)।</translation>
    </message>
    <message>
        <source>Queued %1 again as job %2.</source>
        <translation>%1 को फिर से जॉब %2 के रूप में कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Queued %1 again (job %2, retried).</source>
        <translation>%1 को फिर से कतार में जोड़ा गया (जॉब %2, पुनः प्रयास)।</translation>
    </message>
    <message>
        <source>A strategy training keeps no trials here; its result is in the Strategy Studio</source>
        <translation>रणनीति प्रशिक्षण यहाँ कोई ट्रायल नहीं रखता; इसका परिणाम Strategy Studio में है</translation>
    </message>
    <message>
        <source>A strategy training finds strategy parameters, not a model configuration to train</source>
        <translation>रणनीति प्रशिक्षण रणनीति के पैरामीटर खोजता है, प्रशिक्षित करने के लिए मॉडल कॉन्फ़िगरेशन नहीं</translation>
    </message>
</context>
<context>
    <name>modeldeck::HttpFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation>रद्द किया गया (%1)।</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request; try again later.</source>
        <translation>%1 अगले अनुरोध से पहले %2 s प्रतीक्षा करने को कहता है; बाद में फिर से प्रयास करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 %n प्रयास के बाद छोड़ दिया।</numerusform>
            <numerusform>%1 %n प्रयासों के बाद छोड़ दिया।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; that is not a price history.</source>
        <translation>%1 ने %2 MiB से अधिक भेजा; यह मूल्य हिस्ट्री नहीं है।</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 s, the most one request may take (setting download/totalTimeoutSeconds); try a shorter date range or try again later.</source>
        <translation>%1 %2 s के बाद भी अपना उत्तर भेज रहा था, जो एक अनुरोध का अधिकतम समय है (सेटिंग download/totalTimeoutSeconds); छोटी तारीख सीमा आज़माएँ या बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 ने %2 s के भीतर उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). The workstation appears to be offline, or the server is down.</source>
        <translation>%1 तक नहीं पहुँचा जा सकता (%2)। वर्कस्टेशन ऑफ़लाइन लगता है, या सर्वर बंद है।</translation>
    </message>
    <message>
        <source>%1 closed the connection early.</source>
        <translation>%1 ने कनेक्शन जल्दी बंद कर दिया।</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 को अनुरोध विफल: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 ने HTTP %2 %3 उत्तर दिया।</translation>
    </message>
    <message>
        <source>The answer from %1 broke off: %2</source>
        <translation>%1 का उत्तर बीच में टूट गया: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportDialog</name>
    <message>
        <source>Import Price History</source>
        <translation>मूल्य हिस्ट्री आयात करें</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>आयात करने के लिए फ़ाइलें</translation>
    </message>
    <message>
        <source>Files to import; select one to preview it. Drop more files here.</source>
        <translation>आयात करने के लिए फ़ाइलें; पूर्वावलोकन के लिए एक चुनें। और फ़ाइलें यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>फ़ाइलें जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Choose CSV files to import (Ctrl+O)</source>
        <translation>आयात करने के लिए CSV फ़ाइलें चुनें (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Leave the selected files out of the import (Del)</source>
        <translation>चयनित फ़ाइलों को आयात से बाहर रखें (Del)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>इस रूप में आयात करें</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>आयात प्रगति</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>error on line %1</source>
        <translation>पंक्ति %1 पर त्रुटि</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>आयात नहीं की जा सकती</translation>
    </message>
    <message>
        <source>ready as %1 %2</source>
        <translation>%1 %2 के रूप में तैयार</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Choose CSV files with Add Files… (Ctrl+O) or drop them here.</source>
        <translation>फ़ाइलें जोड़ें… (Ctrl+O) से CSV फ़ाइलें चुनें या उन्हें यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>Correct the symbol to see the preview.</source>
        <translation>पूर्वावलोकन देखने के लिए सिंबल ठीक करें।</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>The file cannot be read as price history: see the problem below and the File text tab.</source>
        <translation>फ़ाइल को मूल्य हिस्ट्री के रूप में पढ़ा नहीं जा सकता: नीचे दी गई समस्या और फ़ाइल टेक्स्ट टैब देखें।</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>आयात रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) (Enter)</source>
        <translation>
            <numerusform>%n फ़ाइल आयात करें (Enter)</numerusform>
            <numerusform>%n फ़ाइलें आयात करें (Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files to import first</source>
        <translation>पहले आयात करने के लिए फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <source>Another import is running</source>
        <translation>एक अन्य आयात चल रहा है</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>फ़ाइलें पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>Correct the errors listed first</source>
        <translation>पहले सूचीबद्ध त्रुटियाँ ठीक करें</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n फ़ाइल आयात की जा रही है…</numerusform>
            <numerusform>%n फ़ाइलें आयात की जा रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written to the workspace.</source>
        <translation>आयात रद्द किया गया; वर्कस्पेस में कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>वर्कस्पेस में कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s):</source>
        <translation>
            <numerusform>%n फ़ाइल आयात की गई:</numerusform>
            <numerusform>%n फ़ाइलें आयात की गईं:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation>%1 → %2 %3: %4 नए, %5 अद्यतन, %6 अपरिवर्तित कैंडल</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with missing values skipped</source>
        <translation>
            <numerusform>; लुप्त मानों वाली %n पंक्ति छोड़ी गई</numerusform>
            <numerusform>; लुप्त मानों वाली %n पंक्तियाँ छोड़ी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportFileTypes</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportOptionsWidget</name>
    <message>
        <source>Detect</source>
        <translation>पहचानें</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>पहचानें (%1)</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>दिन-पहले</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>महीना-पहले</translation>
    </message>
    <message>
        <source>year-first</source>
        <translation>वर्ष-पहले</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>फ़ाइल से</translation>
    </message>
    <message>
        <source>Store the bars under this symbol, e.g. TCS.NS or AAPL; leave empty to take it from the file (yfinance Ticker row or file name)</source>
        <translation>कैंडल को इस सिंबल के अंतर्गत संग्रहीत करें, जैसे TCS.NS या AAPL; फ़ाइल से लेने के लिए खाली छोड़ें (yfinance Ticker पंक्ति या फ़ाइल नाम)</translation>
    </message>
    <message>
        <source>Bar length; Detect takes the most common spacing of the timestamps</source>
        <translation>कैंडल की अवधि; पहचानें टाइमस्टैम्प का सबसे आम अंतराल लेता है</translation>
    </message>
    <message>
        <source>Zone of timestamps without a UTC offset (the exchange&apos;s); Detect uses the symbol&apos;s stored zone or its suffix (.NS → Asia/Kolkata). Type to search.</source>
        <translation>UTC ऑफ़सेट के बिना टाइमस्टैम्प का क्षेत्र (एक्सचेंज का); पहचानें सिंबल का संग्रहीत क्षेत्र या उसका प्रत्यय (.NS → Asia/Kolkata) उपयोग करता है। खोजने के लिए टाइप करें।</translation>
    </message>
    <message>
        <source>Day first (DD-MM-YYYY)</source>
        <translation>दिन पहले (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>Month first (MM-DD-YYYY)</source>
        <translation>महीना पहले (MM-DD-YYYY)</translation>
    </message>
    <message>
        <source>Order of day and month in dates such as 03/04/2024</source>
        <translation>03/04/2024 जैसी तारीखों में दिन और महीने का क्रम</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>फ़ाइल अस्वीकार करें</translation>
    </message>
    <message>
        <source>Import them flagged as invalid</source>
        <translation>उन्हें अमान्य के रूप में चिह्नित करके आयात करें</translation>
    </message>
    <message>
        <source>What to do with rows whose prices are impossible (high below low, negative values, open or close outside the range, as in the oldest rows of many Yahoo downloads); flagged rows are counted in the import summary</source>
        <translation>जिन पंक्तियों के मूल्य असंभव हैं उनके साथ क्या करें (हाई, लो से कम, ऋणात्मक मान, ओपन या क्लोज़ सीमा से बाहर, जैसा कई Yahoo डाउनलोड की सबसे पुरानी पंक्तियों में होता है); चिह्नित पंक्तियाँ आयात सारांश में गिनी जाती हैं</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>सिंबल (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>टाइमफ़्रेम (&amp;T):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>समय क्षेत्र (&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>तारीख क्रम (&amp;D):</translation>
    </message>
    <message>
        <source>I&amp;nvalid rows:</source>
        <translation>अमान्य पंक्तियाँ (&amp;N):</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (फ़ाइल से)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewModel</name>
    <message>
        <source>Invalid: %1</source>
        <translation>अमान्य: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>समय (%1)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>स्थानीय समय</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ओपन</translation>
    </message>
    <message>
        <source>High</source>
        <translation>हाई</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>लो</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>क्लोज़</translation>
    </message>
    <message>
        <source>Adj Close</source>
        <translation>समायोजित क्लोज़</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>वॉल्यूम</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>फ़्लैग</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewPane</name>
    <message>
        <source>Parsed rows</source>
        <translation>पार्स की गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>File text</source>
        <translation>फ़ाइल टेक्स्ट</translation>
    </message>
    <message>
        <source>&amp;Parsed rows</source>
        <translation>पार्स की गई पंक्तियाँ (&amp;P)</translation>
    </message>
    <message>
        <source>File &amp;text</source>
        <translation>फ़ाइल टेक्स्ट (&amp;T)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>मिली समस्याएँ</translation>
    </message>
    <message>
        <source>Select a problem to show its line</source>
        <translation>किसी समस्या की पंक्ति दिखाने के लिए उसे चुनें</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Format: %1, separated by “%2”. Imports as %3, %4 bars, naive times read in %5.</source>
        <translation>फ़ॉर्मेट: %1, “%2” से अलग। %3, %4 कैंडल के रूप में आयात होता है, बिना क्षेत्र वाले समय %5 में पढ़े जाते हैं।</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportanceChart</name>
    <message>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <source>Share of the gain (%)</source>
        <translation>गेन का हिस्सा (%)</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>फ़ीचर महत्व</translation>
    </message>
    <message>
        <source>No feature importance: only tree models have one</source>
        <translation>कोई फ़ीचर महत्व नहीं: केवल ट्री मॉडलों में होता है</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>modeldeck::InferenceModel</name>
    <message>
        <source>Internal error: %1 input values do not form %2 windows of %3 × %4.</source>
        <translation>आंतरिक त्रुटि: %1 इनपुट मान %3 × %4 की %2 विंडो नहीं बनाते।</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>भविष्यवाणी विफल: %1</translation>
    </message>
    <message>
        <source>Internal error: a model needs a lookback, features and outputs.</source>
        <translation>आंतरिक त्रुटि: मॉडल को लुकबैक, फ़ीचर और आउटपुट चाहिए।</translation>
    </message>
    <message>
        <source>This is not a TorchScript model LibTorch can load: %1</source>
        <translation>यह ऐसा TorchScript मॉडल नहीं है जिसे LibTorch लोड कर सके: %1</translation>
    </message>
    <message>
        <source>The model does not accept one window of %1 bars × %2 features (shape [1, %1, %2]) as its feature settings say: %3</source>
        <translation>मॉडल अपनी फ़ीचर सेटिंग्स के अनुसार %1 कैंडल × %2 फ़ीचर (shape [1, %1, %2]) की एक विंडो स्वीकार नहीं करता: %3</translation>
    </message>
    <message>
        <source>The model returns NaN or infinity for an all-zero window; it will not be used.</source>
        <translation>मॉडल पूरी तरह शून्य विंडो के लिए NaN या अनंत लौटाता है; इसका उपयोग नहीं किया जाएगा।</translation>
    </message>
    <message>
        <source>The tree model reads %1 columns, but %2 bars × %3 features make %4.</source>
        <translation>ट्री मॉडल %1 कॉलम पढ़ता है, लेकिन %2 कैंडल × %3 फ़ीचर = %4।</translation>
    </message>
</context>
<context>
    <name>modeldeck::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDrift</name>
    <message>
        <source>%1 (PSI %2, KS p %3)</source>
        <translation>%1 (PSI %2, KS p %3)</translation>
    </message>
    <message numerus="yes">
        <source>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</source>
        <translation>
            <numerusform>“%1” के इनपुट उसके प्रशिक्षण डेटा से दूर चले गए हैं: नवीनतम %2 कैंडल में %3 प्रशिक्षण कैंडल की तुलना में उसका %n फ़ीचर ड्रिफ्ट करता है, सबसे अधिक %4।</numerusform>
            <numerusform>“%1” के इनपुट उसके प्रशिक्षण डेटा से दूर चले गए हैं: नवीनतम %2 कैंडल में %3 प्रशिक्षण कैंडल की तुलना में उसके %n फ़ीचर ड्रिफ्ट करते हैं, सबसे अधिक %4।</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs of “%1” look like its training data (largest PSI %2 over the newest %3 bars).</source>
        <translation>“%1” के इनपुट उसके प्रशिक्षण डेटा जैसे दिखते हैं (नवीनतम %3 कैंडल पर सबसे बड़ा PSI %2)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDriftCheck</name>
    <message>
        <source>The saved features of “%1” v%2 are damaged: %3</source>
        <translation>“%1” v%2 के सहेजे गए फ़ीचर क्षतिग्रस्त हैं: %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::InstanceGuard</name>
    <message>
        <source>Could not watch for other ModelDeck windows on %1: %2</source>
        <translation>अन्य ModelDeck विंडो पर %1 पर नज़र नहीं रखी जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobLiveness</name>
    <message>
        <source>No heartbeat for more than %1 minutes and its process is gone; the job was given up.</source>
        <translation>%1 मिनट से अधिक समय से कोई हार्टबीट नहीं और उसकी प्रोसेस समाप्त हो चुकी है; जॉब छोड़ दी गई।</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRecovery</name>
    <message>
        <source>Queueing again the jobs an earlier run left unfinished</source>
        <translation>पिछले रन में अधूरी रह गई जॉब फिर से कतार में जोड़ी जा रही हैं</translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running, %1 times in a row; it is not started again automatically. Retry it once the cause is found.</source>
        <translation>यह जॉब चलते समय ModelDeck लगातार %1 बार रुक गया; इसे स्वचालित रूप से फिर से शुरू नहीं किया जाता। कारण मिलने पर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running; it was queued again.</source>
        <translation>यह जॉब चलते समय ModelDeck रुक गया; इसे फिर से कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Failing stuck training jobs</source>
        <translation>अटकी हुई प्रशिक्षण जॉब विफल की जा रही हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRepository</name>
    <message>
        <source>Saving the progress of training job %1</source>
        <translation>प्रशिक्षण जॉब %1 की प्रगति सहेजी जा रही है</translation>
    </message>
    <message>
        <source>Recording the heartbeat of training job %1</source>
        <translation>प्रशिक्षण जॉब %1 की हार्टबीट दर्ज की जा रही है</translation>
    </message>
    <message>
        <source>Reading the progress of training job %1</source>
        <translation>प्रशिक्षण जॉब %1 की प्रगति पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रही</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>There is no training job %1.</source>
        <translation>कोई प्रशिक्षण जॉब %1 नहीं है।</translation>
    </message>
    <message>
        <source>Reading training job %1</source>
        <translation>प्रशिक्षण जॉब %1 पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>Looking for an identical training job</source>
        <translation>समान प्रशिक्षण जॉब खोजी जा रही है</translation>
    </message>
    <message>
        <source>Finding the end of the training queue</source>
        <translation>प्रशिक्षण कतार का अंत खोजा जा रहा है</translation>
    </message>
    <message>
        <source>Queueing a training job for %1</source>
        <translation>%1 के लिए प्रशिक्षण जॉब कतार में जोड़ी जा रही है</translation>
    </message>
    <message>
        <source>Listing the training queue</source>
        <translation>प्रशिक्षण कतार सूचीबद्ध की जा रही है</translation>
    </message>
    <message>
        <source>Listing finished training jobs</source>
        <translation>पूर्ण प्रशिक्षण जॉब सूचीबद्ध की जा रही हैं</translation>
    </message>
    <message>
        <source>Counting training jobs</source>
        <translation>प्रशिक्षण जॉब गिनी जा रही हैं</translation>
    </message>
    <message>
        <source>Taking the next training job</source>
        <translation>अगली प्रशिक्षण जॉब ली जा रही है</translation>
    </message>
    <message>
        <source>Taking training job %1</source>
        <translation>प्रशिक्षण जॉब %1 ली जा रही है</translation>
    </message>
    <message>
        <source>Linking training job %1 to its record</source>
        <translation>प्रशिक्षण जॉब %1 को उसके रिकॉर्ड से जोड़ा जा रहा है</translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation>प्रशिक्षण जॉब %1 को कतार में वापस भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Training job %1 is not running; it cannot go back to the queue.</source>
        <translation>प्रशिक्षण जॉब %1 नहीं चल रही; यह कतार में वापस नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Training job %1 is not running; its heartbeat was not recorded.</source>
        <translation>प्रशिक्षण जॉब %1 नहीं चल रही; इसकी हार्टबीट दर्ज नहीं की गई।</translation>
    </message>
    <message>
        <source>Training job %1 cannot finish as “%2”: that is not a final state.</source>
        <translation>प्रशिक्षण जॉब %1 “%2” के रूप में समाप्त नहीं हो सकती: यह अंतिम स्थिति नहीं है।</translation>
    </message>
    <message>
        <source>Recording the end of training job %1</source>
        <translation>प्रशिक्षण जॉब %1 का अंत दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Finishing training job %1</source>
        <translation>प्रशिक्षण जॉब %1 समाप्त की जा रही है</translation>
    </message>
    <message>
        <source>Training job %1 is %2, not running; only a running job can finish.</source>
        <translation>प्रशिक्षण जॉब %1 %2 है, चल नहीं रही; केवल चल रही जॉब समाप्त हो सकती है।</translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be removed from the queue.</source>
        <translation>प्रशिक्षण जॉब %1 %2 है; केवल लंबित जॉब कतार से हटाई जा सकती हैं।</translation>
    </message>
    <message>
        <source>Removing training job %1</source>
        <translation>प्रशिक्षण जॉब %1 हटाई जा रही है</translation>
    </message>
    <message>
        <source>Clearing the training queue</source>
        <translation>प्रशिक्षण कतार साफ़ की जा रही है</translation>
    </message>
    <message>
        <source>Reading the training queue</source>
        <translation>प्रशिक्षण कतार पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be moved.</source>
        <translation>प्रशिक्षण जॉब %1 %2 है; केवल लंबित जॉब खिसकाई जा सकती हैं।</translation>
    </message>
    <message>
        <source>Moving training job %1</source>
        <translation>प्रशिक्षण जॉब %1 खिसकाई जा रही है</translation>
    </message>
    <message>
        <source>Renumbering the training queue</source>
        <translation>प्रशिक्षण कतार का पुनः क्रमांकन किया जा रहा है</translation>
    </message>
    <message>
        <source>Changing the priority of training job %1</source>
        <translation>प्रशिक्षण जॉब %1 की प्राथमिकता बदली जा रही है</translation>
    </message>
    <message>
        <source>Training job %1 is already waiting in the queue.</source>
        <translation>प्रशिक्षण जॉब %1 पहले से कतार में प्रतीक्षा कर रही है।</translation>
    </message>
    <message>
        <source>Training job %1 is running; it can be retried after it ends.</source>
        <translation>प्रशिक्षण जॉब %1 चल रही है; इसके समाप्त होने के बाद फिर से प्रयास किया जा सकता है।</translation>
    </message>
    <message>
        <source>Training job %1 completed; queue a new job to train the model again.</source>
        <translation>प्रशिक्षण जॉब %1 पूर्ण हो गई; मॉडल को फिर से प्रशिक्षित करने के लिए नई जॉब कतार में जोड़ें।</translation>
    </message>
    <message>
        <source>Training job %1 cannot be retried: an identical job (%2) is already queued or running.</source>
        <translation>प्रशिक्षण जॉब %1 का फिर से प्रयास नहीं किया जा सकता: एक समान जॉब (%2) पहले से कतार में है या चल रही है।</translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation>प्रशिक्षण जॉब %1 फिर से कतार में जोड़ी जा रही है</translation>
    </message>
    <message>
        <source>The queue command is empty.</source>
        <translation>कतार कमांड खाली है।</translation>
    </message>
    <message>
        <source>Sending the queue command “%1”</source>
        <translation>कतार कमांड “%1” भेजी जा रही है</translation>
    </message>
    <message>
        <source>Reading queue commands</source>
        <translation>कतार कमांड पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <source>Taking the queue command “%1”</source>
        <translation>कतार कमांड “%1” ली जा रही है</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the symbol is empty.</source>
        <translation>प्रशिक्षण जॉब कतार में नहीं जोड़ी जा सकती: सिंबल खाली है।</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the timeframe is empty.</source>
        <translation>प्रशिक्षण जॉब कतार में नहीं जोड़ी जा सकती: टाइमफ़्रेम खाली है।</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the bot (model type) is empty.</source>
        <translation>प्रशिक्षण जॉब कतार में नहीं जोड़ी जा सकती: बॉट (मॉडल प्रकार) खाली है।</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the horizon must be at least 1 bar (it is %1).</source>
        <translation>प्रशिक्षण जॉब कतार में नहीं जोड़ी जा सकती: होराइज़न कम से कम 1 कैंडल होना चाहिए (यह %1 है)।</translation>
    </message>
    <message>
        <source>Cannot queue the training job: max retries cannot be negative (it is %1).</source>
        <translation>प्रशिक्षण जॉब कतार में नहीं जोड़ी जा सकती: अधिकतम पुनः प्रयास ऋणात्मक नहीं हो सकते (यह %1 है)।</translation>
    </message>
    <message>
        <source>Storing the result of strategy job %1</source>
        <translation>रणनीति जॉब %1 का परिणाम सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Strategy job %1 is not running; its result was not stored.</source>
        <translation>रणनीति जॉब %1 नहीं चल रहा है; इसका परिणाम सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Reading the result of strategy job %1</source>
        <translation>रणनीति जॉब %1 का परिणाम पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Listing strategy training jobs</source>
        <translation>रणनीति प्रशिक्षण जॉब सूचीबद्ध किए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobText</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · manual</source>
        <translation>%1 · मैनुअल</translation>
    </message>
    <message>
        <source>%1 · search</source>
        <translation>%1 · खोज</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रही</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुकी हुई</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>रुक रही</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>अनुमान लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>एक मिनट से कम शेष</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>लगभग %n min शेष</numerusform>
            <numerusform>लगभग %n min शेष</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>लगभग %1 h %2 min शेष</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>ड्रिफ्ट</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>मैनुअल</translation>
    </message>
    <message>
        <source>Retrain (%1)</source>
        <translation>पुनः प्रशिक्षण (%1)</translation>
    </message>
    <message>
        <source>Retrain (%1): %2</source>
        <translation>पुनः प्रशिक्षण (%1): %2</translation>
    </message>
    <message>
        <source>%1 · strategy</source>
        <translation>%1 · रणनीति</translation>
    </message>
</context>
<context>
    <name>modeldeck::LiveAccuracyChart</name>
    <message>
        <source>Skill vs naive %</source>
        <translation>नैव की तुलना में स्किल %</translation>
    </message>
    <message>
        <source>95 % coverage %</source>
        <translation>95 % कवरेज %</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Recorded (local time)</source>
        <translation>दर्ज (स्थानीय समय)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Live accuracy of the model at each fill of actual values</source>
        <translation>वास्तविक मानों के प्रत्येक भराव पर मॉडल की लाइव सटीकता</translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation>लाइव सटीकता देखने के लिए कोई सहेजा गया मॉडल चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Latest (%1, %n prediction(s)): RMSE %2, skill vs naive %3 %, 95 % coverage %4</source>
        <translation>
            <numerusform>नवीनतम (%1, %n भविष्यवाणी): RMSE %2, नैव की तुलना में स्किल %3 %, 95 % कवरेज %4</numerusform>
            <numerusform>नवीनतम (%1, %n भविष्यवाणियाँ): RMSE %2, नैव की तुलना में स्किल %3 %, 95 % कवरेज %4</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>modeldeck::LockHolder</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (प्रोसेस %2)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>एक प्रोग्राम</translation>
    </message>
    <message>
        <source>%1 (process %2, it runs the training queue)</source>
        <translation>%1 (प्रोसेस %2, यह प्रशिक्षण कतार चलाता है)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
</context>
<context>
    <name>modeldeck::LossChart</name>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation>पहले एपॉक की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>प्रशिक्षण लॉस</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>लॉस</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>प्रति एपॉक लॉस</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, validation loss %3</source>
        <translation>एपॉक %1: प्रशिक्षण लॉस %2, सत्यापन लॉस %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::MainStatusBar</name>
    <message>
        <source>Show the Alerts panel</source>
        <translation>अलर्ट पैनल दिखाएँ</translation>
    </message>
    <message>
        <source>Model files were not checked at start-up: %1</source>
        <translation>स्टार्ट-अप पर मॉडल फ़ाइलें जाँची नहीं गईं: %1</translation>
    </message>
    <message>
        <source>Queue: owned by another process</source>
        <translation>कतार: किसी अन्य प्रोसेस के स्वामित्व में</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>वर्कस्पेस: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n खुला अलर्ट</numerusform>
            <numerusform>%n खुले अलर्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n सिंबल</numerusform>
            <numerusform>%n सिंबल</numerusform>
        </translation>
    </message>
    <message>
        <source>No price history yet: Data ▸ Import CSV… or Data ▸ Download…</source>
        <translation>अभी कोई मूल्य हिस्ट्री नहीं: डेटा ▸ CSV आयात करें… या डेटा ▸ डाउनलोड करें…</translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced model file(s) removed</source>
        <translation>
            <numerusform>%n असंदर्भित मॉडल फ़ाइल हटाई गई</numerusform>
            <numerusform>%n असंदर्भित मॉडल फ़ाइलें हटाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) marked failed: model file missing</source>
        <translation>
            <numerusform>%n मॉडल विफल चिह्नित: मॉडल फ़ाइल गायब</numerusform>
            <numerusform>%n मॉडल विफल चिह्नित: मॉडल फ़ाइल गायब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved just before ModelDeck stopped marked completed</source>
        <translation>
            <numerusform>ModelDeck रुकने से ठीक पहले सहेजी गई %n जॉब पूर्ण चिह्नित</numerusform>
            <numerusform>ModelDeck रुकने से ठीक पहले सहेजी गई %n जॉब पूर्ण चिह्नित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) interrupted when ModelDeck stopped are queued again</source>
        <translation>
            <numerusform>ModelDeck रुकने पर बाधित %n जॉब फिर से कतार में है</numerusform>
            <numerusform>ModelDeck रुकने पर बाधित %n जॉब फिर से कतार में हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed after %1 interruptions in a row</source>
        <translation>
            <numerusform>लगातार %1 बाधाओं के बाद %n जॉब विफल</numerusform>
            <numerusform>लगातार %1 बाधाओं के बाद %n जॉब विफल</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रही</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुकी हुई</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>रुक रही</translation>
    </message>
    <message>
        <source>Queue %1: %2 running · %3 pending · %4 done · %5 failed</source>
        <translation>कतार %1: %2 चल रही · %3 लंबित · %4 पूर्ण · %5 विफल</translation>
    </message>
    <message numerus="yes">
        <source>Training %n demo model(s) on the sample data…</source>
        <translation>
            <numerusform>नमूना डेटा पर %n डेमो मॉडल प्रशिक्षित किया जा रहा है…</numerusform>
            <numerusform>नमूना डेटा पर %n डेमो मॉडल प्रशिक्षित किए जा रहे हैं…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::MainWindow</name>
    <message>
        <source>ModelDeck</source>
        <translation>ModelDeck</translation>
    </message>
    <message>
        <source>%1 — ModelDeck</source>
        <translation>%1 — ModelDeck</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>वर्कस्पेस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open or create a workspace folder (Ctrl+O)</source>
        <translation>वर्कस्पेस फ़ोल्डर खोलें या बनाएँ (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import OHLCV price history from CSV files (Ctrl+I)</source>
        <translation>CSV फ़ाइलों से OHLCV मूल्य हिस्ट्री आयात करें (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 खोला जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n फ़ाइल आयात की जा रही है…</numerusform>
            <numerusform>%n फ़ाइलें आयात की जा रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>आयात विफल</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>वर्कस्पेस में कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation>%1 → %2 %3: %4 नए, %5 अद्यतन, %6 अपरिवर्तित कैंडल</translation>
    </message>
    <message numerus="yes">
        <source>   %n row(s) with missing values skipped</source>
        <translation>
            <numerusform>   लुप्त मानों वाली %n पंक्ति छोड़ी गई</numerusform>
            <numerusform>   लुप्त मानों वाली %n पंक्तियाँ छोड़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n फ़ाइल आयात की गई</numerusform>
            <numerusform>%n फ़ाइलें आयात की गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>वर्कस्पेस खोलें</translation>
    </message>
    <message>
        <source>Import Price History</source>
        <translation>मूल्य हिस्ट्री आयात करें</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>मॉडल (&amp;M)</translation>
    </message>
    <message>
        <source>Sav&amp;ed Models</source>
        <translation>सहेजे गए मॉडल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation>भविष्यवाणियाँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation>सिंबल (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>हिस्ट्री (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>Training Queue</source>
        <translation>प्रशिक्षण कतार</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग्स (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>डेटा (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>डाउनलोड करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Download price history from Yahoo Finance or Binance (Ctrl+D)</source>
        <translation>Yahoo Finance या Binance से मूल्य हिस्ट्री डाउनलोड करें (Ctrl+D)</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>सभी रीफ़्रेश करें (&amp;A)</translation>
    </message>
    <message>
        <source>Fetch new bars for every downloaded symbol (Ctrl+Shift+D)</source>
        <translation>हर डाउनलोड किए गए सिंबल के नए कैंडल लाएँ (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>प्रशिक्षण (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>मॉडल प्रशिक्षित करें (&amp;T)…</translation>
    </message>
    <message>
        <source>Train one model by hand, then choose whether to save it (Ctrl+Shift+M)</source>
        <translation>एक मॉडल स्वयं प्रशिक्षित करें, फिर तय करें कि उसे सहेजना है या नहीं (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Retrain &amp;Stale Models…</source>
        <translation>पुराने मॉडल पुनः प्रशिक्षित करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Queue a new version of every active model older than the stale threshold</source>
        <translation>पुराना होने की सीमा से पुराने हर सक्रिय मॉडल का नया संस्करण कतार में जोड़ें</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>ऑडिट लॉग (&amp;A)…</translation>
    </message>
    <message>
        <source>Who trained, saved, cleared, deleted, imported or exported what, and when (Ctrl+Shift+L)</source>
        <translation>किसने क्या प्रशिक्षित, सहेजा, साफ़, हटाया, आयात या निर्यात किया, और कब (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Downloaded %1 series, %2 failed</source>
        <translation>%1 सीरीज़ डाउनलोड हुईं, %2 विफल</translation>
    </message>
    <message>
        <source>The settings were saved, but not recorded in the audit log: %1</source>
        <translation>सेटिंग्स सहेजी गईं, लेकिन ऑडिट लॉग में दर्ज नहीं हुईं: %1</translation>
    </message>
    <message>
        <source>Quit ModelDeck</source>
        <translation>ModelDeck से बाहर निकलें</translation>
    </message>
    <message numerus="yes">
        <source>%n training job(s) are running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</source>
        <translation>
            <numerusform>%n प्रशिक्षण जॉब चल रही है। बाहर निकलने से यह रद्द हो जाएगी; यह हिस्ट्री में रद्द के रूप में रहेगी और फिर से चलाई जा सकती है।

फिर भी बाहर निकलें?</numerusform>
            <numerusform>%n प्रशिक्षण जॉब चल रही हैं। बाहर निकलने से वे रद्द हो जाएँगी; वे हिस्ट्री में रद्द के रूप में रहेंगी और फिर से चलाई जा सकती हैं।

फिर भी बाहर निकलें?</numerusform>
        </translation>
    </message>
    <message>
        <source>ModelDeck was started again on this workspace; this window has it.</source>
        <translation>इस वर्कस्पेस पर ModelDeck फिर से शुरू किया गया; यह विंडो इसे संभाल रही है।</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>सहायता (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About ModelDeck</source>
        <translation>ModelDeck के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>This window keeps %1.</source>
        <translation>यह विंडो %1 रखती है।</translation>
    </message>
    <message>
        <source>%1 is open in another ModelDeck window, which was brought to the front. %2</source>
        <translation>%1 किसी अन्य ModelDeck विंडो में खुला है, जिसे सामने लाया गया। %2</translation>
    </message>
    <message>
        <source>Str&amp;ategy Studio</source>
        <translation>रणनीति स्टूडियो (&amp;A)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualResults</name>
    <message>
        <source>Training record %1 is not waiting for a decision: it was already saved or discarded, or it no longer exists.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 निर्णय की प्रतीक्षा में नहीं है: इसे पहले ही सहेजा या त्यागा जा चुका है, या यह अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation>“%1” नाम का मॉडल पहले से मौजूद है; कोई अन्य नाम चुनें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualTrainingFlow</name>
    <message>
        <source>Could not look for unsaved training results: %1</source>
        <translation>बिना सहेजे प्रशिक्षण परिणाम खोजे नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s) from an earlier session wait for you to save or discard them.</source>
        <translation>
            <numerusform>पिछले सत्र का %n प्रशिक्षित मॉडल आपके द्वारा सहेजे या त्यागे जाने की प्रतीक्षा में है।</numerusform>
            <numerusform>पिछले सत्र के %n प्रशिक्षित मॉडल आपके द्वारा सहेजे या त्यागे जाने की प्रतीक्षा में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%2 %3 पर %1</translation>
    </message>
    <message>
        <source>Training %1 was cancelled; there is no model to save.</source>
        <translation>प्रशिक्षण %1 रद्द किया गया; सहेजने के लिए कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>Training %1 failed; there is no model to save.

%2</source>
        <translation>प्रशिक्षण %1 विफल रहा; सहेजने के लिए कोई मॉडल नहीं है।

%2</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>कोई कारण दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>Manual training</source>
        <translation>मैनुअल प्रशिक्षण</translation>
    </message>
    <message>
        <source>Could not load training result %1: %2</source>
        <translation>प्रशिक्षण परिणाम %1 लोड नहीं किया जा सका: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataProvider</name>
    <message>
        <source>%1 does not offer %2 bars; choose one of %3.</source>
        <translation>%1 %2 कैंडल नहीं देता; %3 में से एक चुनें।</translation>
    </message>
    <message>
        <source>Unknown provider “%1”; choose one of %2.</source>
        <translation>अज्ञात प्रदाता “%1”; %2 में से एक चुनें।</translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL for %2; it needs http:// or https:// and a host.</source>
        <translation>“%1” %2 के लिए उपयोगी बेस URL नहीं है; इसमें http:// या https:// और होस्ट होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataRepository</name>
    <message>
        <source>Saving symbol %1</source>
        <translation>सिंबल %1 सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Looking up symbol %1</source>
        <translation>सिंबल %1 खोजा जा रहा है</translation>
    </message>
    <message>
        <source>Listing symbols</source>
        <translation>सिंबल सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Preparing the bar staging table</source>
        <translation>कैंडल स्टेजिंग टेबल तैयार की जा रही है</translation>
    </message>
    <message>
        <source>Comparing bars with the stored ones</source>
        <translation>कैंडल की तुलना संग्रहीत कैंडल से की जा रही है</translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation>कैंडल लिखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation>कैंडल पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation>आयात दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the newest bar</source>
        <translation>नवीनतम कैंडल पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>आयात लॉग पढ़ा जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataService</name>
    <message>
        <source>There is no symbol “%1” in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई सिंबल “%1” नहीं है।</translation>
    </message>
    <message>
        <source>%1 has no %2 bars to resample.</source>
        <translation>%1 के पास रीसैंपल करने के लिए कोई %2 कैंडल नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::Migrator</name>
    <message>
        <source>Migration script “%1” is not named NNNN_description.sql.</source>
        <translation>माइग्रेशन स्क्रिप्ट “%1” का नाम NNNN_description.sql नहीं है।</translation>
    </message>
    <message>
        <source>Migration scripts are not numbered 1, 2, 3… (found %1 at position %2).</source>
        <translation>माइग्रेशन स्क्रिप्ट 1, 2, 3… क्रम में क्रमांकित नहीं हैं (स्थान %2 पर %1 मिला)।</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application (application id %1), not to ModelDeck. Choose an empty folder or a ModelDeck workspace.</source>
        <translation>यह SQLite डेटाबेस ModelDeck का नहीं, किसी अन्य एप्लिकेशन (application id %1) का है। कोई खाली फ़ोल्डर या ModelDeck वर्कस्पेस चुनें।</translation>
    </message>
    <message>
        <source>Inspecting the database</source>
        <translation>डेटाबेस का निरीक्षण किया जा रहा है</translation>
    </message>
    <message>
        <source>This SQLite database already holds tables that ModelDeck did not create. Choose an empty folder or a ModelDeck workspace.</source>
        <translation>इस SQLite डेटाबेस में पहले से ऐसी टेबल हैं जो ModelDeck ने नहीं बनाईं। कोई खाली फ़ोल्डर या ModelDeck वर्कस्पेस चुनें।</translation>
    </message>
    <message>
        <source>This workspace was written by a newer ModelDeck (schema version %1; this version understands up to %2). Open it with a newer ModelDeck; it has not been changed.</source>
        <translation>यह वर्कस्पेस ModelDeck के नए संस्करण द्वारा लिखा गया था (स्कीमा संस्करण %1; यह संस्करण %2 तक समझता है)। इसे नए ModelDeck से खोलें; इसमें कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>Cannot read migration script %1.</source>
        <translation>माइग्रेशन स्क्रिप्ट %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Applying migration %1</source>
        <translation>माइग्रेशन %1 लागू किया जा रहा है</translation>
    </message>
    <message>
        <source>Recording schema version %1</source>
        <translation>स्कीमा संस्करण %1 दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 पढ़ा जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelBacktest</name>
    <message>
        <source>“%1” v%2 does not predict %3 bars ahead.</source>
        <translation>“%1” v%2 %3 कैंडल आगे की भविष्यवाणी नहीं करता।</translation>
    </message>
    <message>
        <source>Scoring “%1” v%2 on %3 forecasts at horizon %4 needs %5 bars of %6 %7 (at least %8 for %9 forecasts); the workspace has %10.</source>
        <translation>“%1” v%2 को होराइज़न %4 पर %3 पूर्वानुमानों पर स्कोर करने के लिए %6 %7 के %5 कैंडल चाहिए (%9 पूर्वानुमानों के लिए कम से कम %8); वर्कस्पेस में %10 हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardDelegate</name>
    <message>
        <source>Retrain</source>
        <translation>पुनः प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>प्रशिक्षित</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>नैव की तुलना में स्किल</translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings (R)</source>
        <translation>उन्हीं सेटिंग्स के साथ नया प्रशिक्षण रन कतार में जोड़ें (R)</translation>
    </message>
    <message>
        <source>Delete the model file and archive this record (Delete)</source>
        <translation>मॉडल फ़ाइल हटाएँ और यह रिकॉर्ड संग्रहित करें (Delete)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardView</name>
    <message>
        <source>Trained models</source>
        <translation>प्रशिक्षित मॉडल</translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears the current model.</source>
        <translation>Enter विवरण दिखाता है, R पुनः प्रशिक्षित करता है, Delete वर्तमान मॉडल साफ़ करता है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelClearer</name>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>Nothing to clear: %1 is already archived.</source>
        <translation>साफ़ करने को कुछ नहीं: %1 पहले से संग्रहित है।</translation>
    </message>
    <message>
        <source>Clear %1?

Training records to archive: %2
Model files to delete: %3 (%4 MB)

The records stay in the history; the files cannot be recovered.</source>
        <translation>%1 साफ़ करें?

संग्रहित किए जाने वाले प्रशिक्षण रिकॉर्ड: %2
हटाई जाने वाली मॉडल फ़ाइलें: %3 (%4 MB)

रिकॉर्ड हिस्ट्री में रहते हैं; फ़ाइलें पुनर्प्राप्त नहीं की जा सकतीं।</translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation>मॉडल साफ़ करें</translation>
    </message>
    <message>
        <source>Nothing was cleared.</source>
        <translation>कुछ भी साफ़ नहीं किया गया।</translation>
    </message>
    <message>
        <source>Error: nothing was cleared: %1</source>
        <translation>त्रुटि: कुछ भी साफ़ नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Cleared %1. Records archived: %2; files deleted: %3 (%4 MB).</source>
        <translation>%1 साफ़ किया गया। संग्रहित रिकॉर्ड: %2; हटाई गई फ़ाइलें: %3 (%4 MB)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelConfig</name>
    <message>
        <source>Unknown bot “%1”; known bots are: %2.</source>
        <translation>अज्ञात बॉट “%1”; ज्ञात बॉट हैं: %2।</translation>
    </message>
    <message>
        <source>bot in the hyperparameters (%1) does not match the selected bot “%2”.</source>
        <translation>हाइपरपैरामीटर में बॉट (%1) चयनित बॉट “%2” से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation>अज्ञात हाइपरपैरामीटर “%1”; मान्य कुंजियाँ हैं: %2।</translation>
    </message>
    <message>
        <source>heads (%1) must divide hidden_size (%2) for the transformer: each attention head gets hidden_size / heads dimensions.</source>
        <translation>ट्रांसफ़ॉर्मर के लिए heads (%1) को hidden_size (%2) को विभाजित करना चाहिए: प्रत्येक अटेंशन हेड को hidden_size / heads आयाम मिलते हैं।</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1, %2 से %3 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Got %1.</source>
        <translation>मिला: %1।</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 एक संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 must be greater than %2 and at most %3; got %4.</source>
        <translation>%1, %2 से बड़ा और अधिकतम %3 होना चाहिए; मिला: %4।</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; got %4.</source>
        <translation>%1, %2 से %3 तक होना चाहिए; मिला: %4।</translation>
    </message>
    <message>
        <source>%1 must be a string: “%2” or “%3”.</source>
        <translation>%1 एक स्ट्रिंग होनी चाहिए: “%2” या “%3”।</translation>
    </message>
    <message>
        <source>%1 must be “%2” or “%3”, not “%4”.</source>
        <translation>%1 “%2” या “%3” होना चाहिए, “%4” नहीं।</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 18446744073709551615 (as a string above 9007199254740992).</source>
        <translation>%1, 0 से 18446744073709551615 तक की पूर्ण संख्या होनी चाहिए (9007199254740992 से ऊपर स्ट्रिंग के रूप में)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelDetailsDialog</name>
    <message>
        <source>Edit Details of “%1”</source>
        <translation>“%1” का विवरण संपादित करें</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>What the model is for, how it was trained…</source>
        <translation>मॉडल किसलिए है, इसे कैसे प्रशिक्षित किया गया…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>e.g. production, hourly, experiment</source>
        <translation>जैसे production, hourly, experiment</translation>
    </message>
    <message>
        <source>Separate tags with commas. Search finds models by their tags.</source>
        <translation>टैग अल्पविराम से अलग करें। खोज मॉडलों को उनके टैग से ढूँढती है।</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>विवरण (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>टैग (&amp;T):</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelFile</name>
    <message>
        <source>Serialising the model failed: %1</source>
        <translation>मॉडल को सीरियलाइज़ करना विफल: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the model file.</source>
        <translation>मॉडल फ़ाइल के लिए फ़ोल्डर बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot write the model file: %1</source>
        <translation>मॉडल फ़ाइल लिखी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Writing the model file failed: %1</source>
        <translation>मॉडल फ़ाइल लिखना विफल: %1</translation>
    </message>
    <message>
        <source>The model file is missing.</source>
        <translation>मॉडल फ़ाइल गायब है।</translation>
    </message>
    <message>
        <source>The model file cannot be loaded: %1</source>
        <translation>मॉडल फ़ाइल लोड नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>The model file does not match the one ModelDeck saved (SHA-256 differs): it was changed, truncated or replaced, so it will not be loaded.</source>
        <translation>मॉडल फ़ाइल ModelDeck द्वारा सहेजी गई फ़ाइल से मेल नहीं खाती (SHA-256 अलग है): इसे बदला, छोटा या प्रतिस्थापित किया गया है, इसलिए इसे लोड नहीं किया जाएगा।</translation>
    </message>
    <message>
        <source>This is not a ModelDeck model file.</source>
        <translation>यह ModelDeck मॉडल फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The model file is damaged or does not fit this model&apos;s configuration: %1</source>
        <translation>मॉडल फ़ाइल क्षतिग्रस्त है या इस मॉडल के कॉन्फ़िगरेशन से मेल नहीं खाती: %1</translation>
    </message>
    <message>
        <source>The model file could not be loaded: %1</source>
        <translation>मॉडल फ़ाइल लोड नहीं की जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelImporter</name>
    <message>
        <source>Importing a model file runs code from it, so it is imported only after you confirm that you trust where it came from. Nothing was imported.</source>
        <translation>मॉडल फ़ाइल आयात करने से उसका कोड चलता है, इसलिए इसे तभी आयात किया जाता है जब आप पुष्टि करें कि आपको उसके स्रोत पर भरोसा है। कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>model sidecar (JSON)</source>
        <translation>मॉडल साइडकार (JSON)</translation>
    </message>
    <message>
        <source>Say which symbol and timeframe the model predicts (in the sidecar&apos;s &quot;symbol&quot; and &quot;timeframe&quot;, or with the import request).</source>
        <translation>बताएँ कि मॉडल किस सिंबल और टाइमफ़्रेम की भविष्यवाणी करता है (साइडकार के &quot;symbol&quot; और &quot;timeframe&quot; में, या आयात अनुरोध के साथ)।</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>मॉडल फ़ाइल</translation>
    </message>
    <message>
        <source>The model file is not the one its sidecar describes (SHA-256 %1…, the sidecar says %2…).</source>
        <translation>मॉडल फ़ाइल वह नहीं है जिसका वर्णन उसका साइडकार करता है (SHA-256 %1…, साइडकार कहता है %2…)।</translation>
    </message>
    <message>
        <source>The %1 cannot be read: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unnamed columns</source>
        <translation>
            <numerusform>%n बिना नाम का कॉलम</numerusform>
            <numerusform>%n बिना नाम के कॉलम</numerusform>
        </translation>
    </message>
    <message>
        <source>The XGBoost model was trained on other inputs than its sidecar describes. The model reads: %1. The sidecar&apos;s features give: %2.</source>
        <translation>XGBoost मॉडल को उसकी साइडकार फ़ाइल में वर्णित इनपुट से अलग इनपुट पर प्रशिक्षित किया गया था। मॉडल पढ़ता है: %1। साइडकार के फ़ीचर देते हैं: %2।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistry</name>
    <message>
        <source>A model needs a name.</source>
        <translation>मॉडल को एक नाम चाहिए।</translation>
    </message>
    <message>
        <source>The model name “%1…” is longer than %2 characters.</source>
        <translation>मॉडल नाम “%1…” %2 वर्णों से लंबा है।</translation>
    </message>
    <message>
        <source>The model name “%1” contains control characters.</source>
        <translation>मॉडल नाम “%1” में नियंत्रण वर्ण हैं।</translation>
    </message>
    <message>
        <source>The model name “%1” starts or ends with spaces.</source>
        <translation>मॉडल नाम “%1” स्पेस से शुरू या समाप्त होता है।</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>कोई प्रशिक्षण रिकॉर्ड %1 नहीं है।</translation>
    </message>
    <message>
        <source>Training record %1 failed (%2); only a trained model can be saved.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 विफल रहा (%2); केवल प्रशिक्षित मॉडल सहेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Training record %1 (%2) has no model file to save; the naive baseline needs none.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 (%2) के पास सहेजने के लिए कोई मॉडल फ़ाइल नहीं है; नैव बेसलाइन को इसकी आवश्यकता नहीं होती।</translation>
    </message>
    <message>
        <source>Training record %1 has damaged model settings: %2</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 की मॉडल सेटिंग्स क्षतिग्रस्त हैं: %2</translation>
    </message>
    <message>
        <source>Training record %1 cannot be saved: %2</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 सहेजा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The name “%1” is taken by a model for %2 %3; this one is for %4 %5. Save it under another name.</source>
        <translation>नाम “%1” %2 %3 के एक मॉडल द्वारा लिया गया है; यह मॉडल %4 %5 के लिए है। इसे किसी अन्य नाम से सहेजें।</translation>
    </message>
    <message>
        <source>Model “%1” has no version %2 (it has %3).</source>
        <translation>मॉडल “%1” का कोई संस्करण %2 नहीं है (इसके पास %3 हैं)।</translation>
    </message>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>इस वर्कस्पेस में “%1” नाम का कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model; choose another name.</source>
        <translation>नाम “%1” किसी अन्य मॉडल द्वारा लिया गया है; कोई अन्य नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow overwriting.</source>
        <translation>%1 पहले से मौजूद है; कोई अन्य फ़ोल्डर चुनें या अधिलेखन की अनुमति दें।</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>फ़ोल्डर बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>विवरण %1 वर्णों से लंबा है।</translation>
    </message>
    <message>
        <source>The description contains control characters.</source>
        <translation>विवरण में नियंत्रण वर्ण हैं।</translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters or contains control characters.</source>
        <translation>टैग “%1” %2 वर्णों से लंबा है या उसमें नियंत्रण वर्ण हैं।</translation>
    </message>
    <message>
        <source>A model can have at most %1 tags.</source>
        <translation>एक मॉडल में अधिकतम %1 टैग हो सकते हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistryRepository</name>
    <message>
        <source>A model named “%1” already has a version %2 (another save of the same name ran at the same time?); save it again to get the next version.</source>
        <translation>“%1” नाम के मॉडल का संस्करण %2 पहले से है (क्या उसी नाम का कोई अन्य सहेजना एक ही समय पर चला?); अगला संस्करण पाने के लिए इसे फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Registering model “%1”</source>
        <translation>मॉडल “%1” पंजीकृत किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the versions of model “%1”</source>
        <translation>मॉडल “%1” के संस्करण पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>Listing models</source>
        <translation>मॉडल सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Deactivating the previous model</source>
        <translation>पिछला मॉडल निष्क्रिय किया जा रहा है</translation>
    </message>
    <message>
        <source>Activating the model</source>
        <translation>मॉडल सक्रिय किया जा रहा है</translation>
    </message>
    <message>
        <source>The model was deleted meanwhile.</source>
        <translation>इस बीच मॉडल हटा दिया गया।</translation>
    </message>
    <message>
        <source>Deactivating model “%1”</source>
        <translation>मॉडल “%1” निष्क्रिय किया जा रहा है</translation>
    </message>
    <message>
        <source>Deleting the model</source>
        <translation>मॉडल हटाया जा रहा है</translation>
    </message>
    <message>
        <source>Listing model names</source>
        <translation>मॉडल नाम सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model.</source>
        <translation>नाम “%1” किसी अन्य मॉडल द्वारा लिया गया है।</translation>
    </message>
    <message>
        <source>Renaming model “%1”</source>
        <translation>मॉडल “%1” का नाम बदला जा रहा है</translation>
    </message>
    <message>
        <source>Saving the description and tags of model “%1”</source>
        <translation>मॉडल “%1” का विवरण और टैग सहेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Reading the intervals of model %1</source>
        <translation>मॉडल %1 के अंतराल पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>Saving the intervals of model %1</source>
        <translation>मॉडल %1 के अंतराल सहेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation>मॉडल फ़ाइलें सूचीबद्ध की जा रही हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSidecar</name>
    <message>
        <source>Model sidecar: the file is larger than %1 MiB.</source>
        <translation>मॉडल साइडकार: फ़ाइल %1 MiB से बड़ी है।</translation>
    </message>
    <message>
        <source>Model sidecar: not valid JSON at offset %1: %2</source>
        <translation>मॉडल साइडकार: ऑफ़सेट %1 पर मान्य JSON नहीं: %2</translation>
    </message>
    <message>
        <source>Model sidecar: this is not a ModelDeck model description (it needs &quot;modeldeck_model&quot;: 1; bench/reference/export_torchscript.py writes one).</source>
        <translation>मॉडल साइडकार: यह ModelDeck मॉडल विवरण नहीं है (इसे &quot;modeldeck_model&quot;: 1 चाहिए; bench/reference/export_torchscript.py ऐसा एक लिखता है)।</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;format&quot; must be &quot;torchscript&quot;, &quot;modeldeck&quot; or &quot;xgboost&quot;.</source>
        <translation>मॉडल साइडकार: &quot;format&quot; &quot;torchscript&quot;, &quot;modeldeck&quot; या &quot;xgboost&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>Model sidecar: an XGBoost model&apos;s &quot;model_type&quot; must be forest_bot or gbm_bot, not “%1”.</source>
        <translation>मॉडल साइडकार: XGBoost मॉडल का &quot;model_type&quot; forest_bot या gbm_bot होना चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>Model sidecar: %1</source>
        <translation>मॉडल साइडकार: %1</translation>
    </message>
    <message>
        <source>Model sidecar: the target scaler has %1 columns; it needs 1 (shared) or one per horizon (%2).</source>
        <translation>मॉडल साइडकार: टारगेट स्केलर में %1 कॉलम हैं; इसे 1 (साझा) या प्रति होराइज़न एक (%2) चाहिए।</translation>
    </message>
    <message>
        <source>Model sidecar: a ModelDeck model predicts its feature settings&apos; horizon with their lookback; &quot;model_config&quot;, &quot;features&quot; and &quot;horizons&quot; disagree.</source>
        <translation>मॉडल साइडकार: ModelDeck मॉडल अपनी फ़ीचर सेटिंग्स के होराइज़न की भविष्यवाणी उनके लुकबैक से करता है; &quot;model_config&quot;, &quot;features&quot; और &quot;horizons&quot; आपस में मेल नहीं खाते।</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;sha256&quot; must be 64 hexadecimal digits.</source>
        <translation>मॉडल साइडकार: &quot;sha256&quot; 64 हेक्साडेसिमल अंक होना चाहिए।</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be a list of 1 to %1 different whole numbers of bars from 1 to %2, e.g. [1, 3, 24].</source>
        <translation>मॉडल साइडकार: &quot;horizons&quot; 1 से %2 तक कैंडल की 1 से %1 अलग-अलग पूर्ण संख्याओं की सूची होनी चाहिए, जैसे [1, 3, 24]।</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be in ascending order, the order of the model&apos;s outputs.</source>
        <translation>मॉडल साइडकार: &quot;horizons&quot; आरोही क्रम में होने चाहिए, यानी मॉडल के आउटपुट के क्रम में।</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;%1&quot; must be text.</source>
        <translation>मॉडल साइडकार: &quot;%1&quot; टेक्स्ट होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSignalData</name>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source>%1 has no training record that says which bars it was trained on, so model_signal cannot keep its backtest off the bars the model fitted; use a model trained in this workspace.</source>
        <translation>%1 का कोई प्रशिक्षण रिकॉर्ड नहीं है जो बताए कि इसे किन कैंडलों पर प्रशिक्षित किया गया था, इसलिए model_signal अपने बैकटेस्ट को उन कैंडलों से दूर नहीं रख सकता जिन पर मॉडल फ़िट हुआ था; इस वर्कस्पेस में प्रशिक्षित मॉडल का उपयोग करें।</translation>
    </message>
    <message>
        <source>model_signal needs a model: --param model=NAME (a registered model&apos;s name or id).</source>
        <translation>model_signal को एक मॉडल चाहिए: --param model=NAME (किसी रजिस्टर्ड मॉडल का नाम या ID)।</translation>
    </message>
    <message>
        <source>There is no registered model “%1” (by name or id); model list shows them.</source>
        <translation>कोई रजिस्टर्ड मॉडल “%1” नहीं है (न नाम से, न ID से); model list उन्हें दिखाता है।</translation>
    </message>
    <message>
        <source>%1 forecasts %2 %3; it cannot trade %4 %5.</source>
        <translation>%1 %2 %3 का पूर्वानुमान करता है; यह %4 %5 में ट्रेड नहीं कर सकता।</translation>
    </message>
    <message>
        <source>%1 has no forecast horizon.</source>
        <translation>%1 का कोई पूर्वानुमान होराइज़न नहीं है।</translation>
    </message>
    <message>
        <source>%1 was trained on %2 %3 bars up to %4; the series has %5 bars after that, and model_signal needs at least %6 to trade on forecasts the model has not fitted.</source>
        <translation>%1 को %4 तक की %2 %3 कैंडलों पर प्रशिक्षित किया गया था; सीरीज़ में उसके बाद %5 कैंडल हैं, और model_signal को ऐसे पूर्वानुमानों पर ट्रेड करने के लिए कम से कम %6 चाहिए जिन पर मॉडल फ़िट नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelStore</name>
    <message>
        <source>The model file %1 is missing.</source>
        <translation>मॉडल फ़ाइल %1 गायब है।</translation>
    </message>
    <message>
        <source>Removed the model file %1: no training record or saved model refers to it.</source>
        <translation>मॉडल फ़ाइल %1 हटाई गई: कोई प्रशिक्षण रिकॉर्ड या सहेजा गया मॉडल इसका संदर्भ नहीं देता।</translation>
    </message>
    <message>
        <source>The unused model file %1 could not be removed.</source>
        <translation>अप्रयुक्त मॉडल फ़ाइल %1 हटाई नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Choose the symbol whose models to clear.</source>
        <translation>वह सिंबल चुनें जिसके मॉडल साफ़ करने हैं।</translation>
    </message>
    <message>
        <source>The model file %1 could not be removed.</source>
        <translation>मॉडल फ़ाइल %1 हटाई नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The model path “%1” is not a model file in the workspace&apos;s models folder.</source>
        <translation>मॉडल पथ “%1” वर्कस्पेस के models फ़ोल्डर में कोई मॉडल फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>records %1</source>
        <translation>रिकॉर्ड %1</translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation> … (कुल %1)</translation>
    </message>
    <message>
        <source>Cannot start reading the model files in use: %1</source>
        <translation>उपयोग में मौजूद मॉडल फ़ाइलें पढ़ना शुरू नहीं किया जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSwitcher</name>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>The symbol whose active model to show or change</source>
        <translation>वह सिंबल जिसका सक्रिय मॉडल दिखाना या बदलना है</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>The timeframe whose active model to show or change</source>
        <translation>वह टाइमफ़्रेम जिसका सक्रिय मॉडल दिखाना या बदलना है</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>सक्रिय मॉडल</translation>
    </message>
    <message>
        <source>The model that predicts this symbol and timeframe; choose another to activate it</source>
        <translation>वह मॉडल जो इस सिंबल और टाइमफ़्रेम की भविष्यवाणी करता है; सक्रिय करने के लिए कोई अन्य चुनें</translation>
    </message>
    <message>
        <source>Active m&amp;odel:</source>
        <translation>सक्रिय मॉडल (&amp;O):</translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation>त्रुटि: सहेजे गए मॉडल सूचीबद्ध नहीं किए जा सके: %1</translation>
    </message>
    <message>
        <source>No saved models</source>
        <translation>कोई सहेजा गया मॉडल नहीं</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>कोई वर्कस्पेस खुला नहीं</translation>
    </message>
    <message>
        <source>No active model</source>
        <translation>कोई सक्रिय मॉडल नहीं</translation>
    </message>
    <message>
        <source>%1 v%2 (active)</source>
        <translation>%1 v%2 (सक्रिय)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelVersionsDialog</name>
    <message>
        <source>v%1 — %2 — %3</source>
        <translation>v%1 — %2 — %3</translation>
    </message>
    <message>
        <source>created at an unknown time</source>
        <translation>अज्ञात समय पर बनाया गया</translation>
    </message>
    <message>
        <source> — RMSE %1</source>
        <translation> — RMSE %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — ACTIVE</source>
        <translation> — सक्रिय</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>“%1” के संस्करण</translation>
    </message>
    <message>
        <source>Activate an older version to roll back; the newer ones stay saved.</source>
        <translation>रोलबैक करने के लिए पुराना संस्करण सक्रिय करें; नए संस्करण सहेजे रहते हैं।</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>&amp;Activate Version</source>
        <translation>संस्करण सक्रिय करें (&amp;A)</translation>
    </message>
    <message>
        <source>Make the selected version the active model for its symbol and timeframe</source>
        <translation>चयनित संस्करण को उसके सिंबल और टाइमफ़्रेम का सक्रिय मॉडल बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>संस्करण हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected version and its file (asks first)</source>
        <translation>चयनित संस्करण और उसकी फ़ाइल हटाएँ (पहले पूछता है)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelsPage</name>
    <message>
        <source>Show &amp;details</source>
        <translation>विवरण दिखाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Show this model&apos;s details</source>
        <translation>इस मॉडल का विवरण दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>पुनः प्रशिक्षित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings</source>
        <translation>उन्हीं सेटिंग्स के साथ नया प्रशिक्षण रन कतार में जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Clear model…</source>
        <translation>मॉडल साफ़ करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the model file and archive its record</source>
        <translation>मॉडल फ़ाइल हटाएँ और उसका रिकॉर्ड संग्रहित करें</translation>
    </message>
    <message>
        <source>Clear &amp;every model…</source>
        <translation>हर मॉडल साफ़ करें (&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>साफ़ करें (&amp;L)</translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation>मॉडल साफ़ करें</translation>
    </message>
    <message>
        <source>Delete model files and archive their records</source>
        <translation>मॉडल फ़ाइलें हटाएँ और उनके रिकॉर्ड संग्रहित करें</translation>
    </message>
    <message>
        <source>Error: the models could not be listed: %1</source>
        <translation>त्रुटि: मॉडल सूचीबद्ध नहीं किए जा सके: %1</translation>
    </message>
    <message>
        <source>Open a workspace to see its trained models.</source>
        <translation>प्रशिक्षित मॉडल देखने के लिए कोई वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>अभी कोई मॉडल नहीं</translation>
    </message>
    <message>
        <source>No models have been trained in this workspace yet.
Queue training for a symbol, and its model card appears here.</source>
        <translation>इस वर्कस्पेस में अभी तक कोई मॉडल प्रशिक्षित नहीं किया गया है।
किसी सिंबल के लिए प्रशिक्षण कतार में जोड़ें, और उसका मॉडल कार्ड यहाँ दिखाई देगा।</translation>
    </message>
    <message>
        <source>Loading models… (newest %1 shown)</source>
        <translation>मॉडल लोड हो रहे हैं… (नवीनतम %1 दिखाए गए)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln मॉडल</numerusform>
            <numerusform>%Ln मॉडल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln model(s)</source>
        <translation>
            <numerusform>%Ln में से %1 मॉडल</numerusform>
            <numerusform>%Ln में से %1 मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>No model matches these filters.
Change them or choose Reset filters.</source>
        <translation>कोई मॉडल इन फ़िल्टर से मेल नहीं खाता।
उन्हें बदलें या फ़िल्टर रीसेट करें चुनें।</translation>
    </message>
    <message>
        <source>Clear all %1 %2 models…</source>
        <translation>सभी %1 %2 मॉडल साफ़ करें…</translation>
    </message>
    <message>
        <source>Clear all models of the selected symbol and timeframe…</source>
        <translation>चयनित सिंबल और टाइमफ़्रेम के सभी मॉडल साफ़ करें…</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>रिकॉर्ड %1</translation>
    </message>
    <message>
        <source>all %1 %2 models</source>
        <translation>सभी %1 %2 मॉडल</translation>
    </message>
    <message>
        <source>every model in this workspace</source>
        <translation>इस वर्कस्पेस का हर मॉडल</translation>
    </message>
</context>
<context>
    <name>modeldeck::OptimizerPanel</name>
    <message>
        <source>Hyperparameter search summary</source>
        <translation>हाइपरपैरामीटर खोज सारांश</translation>
    </message>
    <message>
        <source>Search trials</source>
        <translation>खोज ट्रायल</translation>
    </message>
    <message>
        <source>Parameter to plot skill against</source>
        <translation>वह पैरामीटर जिसके सापेक्ष स्किल प्लॉट करनी है</translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation>पैरामीटर (&amp;A):</translation>
    </message>
    <message>
        <source>Current trial&apos;s validation loss per epoch</source>
        <translation>वर्तमान ट्रायल का प्रति एपॉक सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>ट्रायल</translation>
    </message>
    <message>
        <source>Best so far</source>
        <translation>अब तक सर्वश्रेष्ठ</translation>
    </message>
    <message>
        <source>By parameter</source>
        <translation>पैरामीटर के अनुसार</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Every recorded trial; click a header to sort</source>
        <translation>हर दर्ज ट्रायल; क्रमबद्ध करने के लिए हेडर पर क्लिक करें</translation>
    </message>
    <message>
        <source>The best validation skill after each completed trial</source>
        <translation>हर पूर्ण ट्रायल के बाद सर्वश्रेष्ठ सत्यापन स्किल</translation>
    </message>
    <message>
        <source>Each completed trial&apos;s skill against one parameter</source>
        <translation>एक पैरामीटर के सापेक्ष हर पूर्ण ट्रायल की स्किल</translation>
    </message>
    <message>
        <source>Validation loss per epoch of a trial that is running</source>
        <translation>चल रहे ट्रायल का प्रति एपॉक सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Waiting for the first epoch of a trial…</source>
        <translation>किसी ट्रायल के पहले एपॉक की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>The search has ended.</source>
        <translation>खोज समाप्त हो गई है।</translation>
    </message>
    <message>
        <source>Live (trial %1)</source>
        <translation>लाइव (ट्रायल %1)</translation>
    </message>
    <message>
        <source>%1 complete, %2 pruned, %3 failed</source>
        <translation>%1 पूर्ण, %2 छाँटे गए, %3 विफल</translation>
    </message>
    <message>
        <source>%1 of %2 trials recorded: %3</source>
        <translation>%2 में से %1 ट्रायल दर्ज: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) recorded</source>
        <translation>
            <numerusform>%n ट्रायल दर्ज</numerusform>
            <numerusform>%n ट्रायल दर्ज</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial has finished yet.</source>
        <translation>अभी तक कोई ट्रायल पूरा नहीं हुआ है।</translation>
    </message>
    <message>
        <source>No trial was recorded.</source>
        <translation>कोई ट्रायल दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>Best: trial %1, skill %2</source>
        <translation>सर्वश्रेष्ठ: ट्रायल %1, स्किल %2</translation>
    </message>
    <message>
        <source>No backtest has finished yet.</source>
        <translation>अभी तक कोई बैकटेस्ट पूरा नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The strategy training has ended.</source>
        <translation>रणनीति प्रशिक्षण समाप्त हो गया है।</translation>
    </message>
    <message>
        <source>Walk-forward fold %1 of %2</source>
        <translation>वॉक-फ़ॉरवर्ड फ़ोल्ड %2 में से %1</translation>
    </message>
    <message>
        <source>Optimisation: %1 of %2 backtests</source>
        <translation>अनुकूलन: %2 में से %1 बैकटेस्ट</translation>
    </message>
    <message>
        <source>Best %1 %2</source>
        <translation>सर्वश्रेष्ठ %1 %2</translation>
    </message>
    <message>
        <source> · current %1</source>
        <translation> · वर्तमान %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ParamScatterChart</name>
    <message>
        <source>Validation skill</source>
        <translation>सत्यापन स्किल</translation>
    </message>
    <message>
        <source>Validation skill against a parameter</source>
        <translation>एक पैरामीटर के सापेक्ष सत्यापन स्किल</translation>
    </message>
</context>
<context>
    <name>modeldeck::PathSanitizer</name>
    <message>
        <source>The path “%1” is not a relative path inside the workspace.</source>
        <translation>पथ “%1” वर्कस्पेस के अंदर सापेक्ष पथ नहीं है।</translation>
    </message>
    <message>
        <source>The path “%1” leads outside the workspace “%2”.</source>
        <translation>पथ “%1” वर्कस्पेस “%2” से बाहर जाता है।</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol: use 1–32 letters, digits and . _ - ^ = &amp; (for example TCS.NS, ^NSEI, EURUSD=X).</source>
        <translation>“%1” मान्य सिंबल नहीं है: 1–32 अक्षर, अंक और . _ - ^ = &amp; का उपयोग करें (जैसे TCS.NS, ^NSEI, EURUSD=X)।</translation>
    </message>
    <message>
        <source>The path “%1” in the workspace “%2” goes through a symbolic link to something that does not exist.</source>
        <translation>वर्कस्पेस “%2” में पथ “%1” एक ऐसे प्रतीकात्मक लिंक से होकर जाता है जिसका लक्ष्य मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::PendingJobsModel</name>
    <message>
        <source>Job %1, queued %2</source>
        <translation>जॉब %1, कतार में जोड़ी गई %2</translation>
    </message>
    <message numerus="yes">
        <source>Horizon: %n bar(s)</source>
        <translation>
            <numerusform>होराइज़न: %n कैंडल</numerusform>
            <numerusform>होराइज़न: %n कैंडल</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>सेटिंग्स: %1</translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation>अब तक के प्रयास: %1</translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation>उच्च प्राथमिकता पहले चलती है; समान प्राथमिकता सूची क्रम में चलती है</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceDrift</name>
    <message>
        <source>“%1” errs %2 times as much as on its test split (RMSE %3 over its last %4 predictions, %5 when saved).</source>
        <translation>“%1” अपने टेस्ट विभाजन की तुलना में %2 गुना अधिक त्रुटि करता है (अंतिम %4 भविष्यवाणियों पर RMSE %3, सहेजते समय %5)।</translation>
    </message>
    <message>
        <source>The 95 % interval of “%1” covered %2 % of the last %3 actual values (at least %4 % expected).</source>
        <translation>“%1” के 95 % अंतराल ने अंतिम %3 वास्तविक मानों में से %2 % को कवर किया (कम से कम %4 % अपेक्षित)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceRepository</name>
    <message>
        <source>Recording the performance of “%1”</source>
        <translation>“%1” का प्रदर्शन दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the performance history of “%1”</source>
        <translation>“%1” की प्रदर्शन हिस्ट्री पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>Reading the latest live performance of the saved models</source>
        <translation>सहेजे गए मॉडल का नवीनतम लाइव प्रदर्शन पढ़ा जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionChart</name>
    <message>
        <source>No price history for this series yet.</source>
        <translation>इस सीरीज़ के लिए अभी कोई मूल्य हिस्ट्री नहीं है।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>क्लोज़</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % अंतराल</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80 % अंतराल</translation>
    </message>
    <message>
        <source>Predicted (circle)</source>
        <translation>अनुमानित (वृत्त)</translation>
    </message>
    <message>
        <source>Actual (square)</source>
        <translation>वास्तविक (वर्ग)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Price history and predictions</source>
        <translation>मूल्य हिस्ट्री और भविष्यवाणियाँ</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) of closes up to %1</source>
        <translation>
            <numerusform>%1 तक क्लोज़ का %n कैंडल</numerusform>
            <numerusform>%1 तक क्लोज़ के %n कैंडल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved prediction(s)</source>
        <translation>
            <numerusform>; %n सहेजी गई भविष्यवाणी</numerusform>
            <numerusform>; %n सहेजी गई भविष्यवाणियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the actual close</source>
        <translation>
            <numerusform>, %n वास्तविक क्लोज़ के साथ</numerusform>
            <numerusform>, %n वास्तविक क्लोज़ के साथ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved prediction(s)</source>
        <translation>
            <numerusform>%n सहेजी गई भविष्यवाणी</numerusform>
            <numerusform>%n सहेजी गई भविष्यवाणियाँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionHistoryView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>पंक्तियाँ कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>सभी मॉडल</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>सभी सिंबल</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>मॉडल (&amp;O):</translation>
    </message>
    <message>
        <source>Show the predictions of one model only</source>
        <translation>केवल एक मॉडल की भविष्यवाणियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>Hor&amp;izon:</source>
        <translation>होराइज़न (&amp;I):</translation>
    </message>
    <message>
        <source>Show one horizon only (bars ahead); Any shows all</source>
        <translation>केवल एक होराइज़न दिखाएँ (कितने कैंडल आगे); कोई भी सभी दिखाता है</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>सिंबल (&amp;Y):</translation>
    </message>
    <message>
        <source>Show the predictions for one symbol only</source>
        <translation>केवल एक सिंबल की भविष्यवाणियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>अधिकतम (&amp;L):</translation>
    </message>
    <message>
        <source>Show at most this many of the newest predictions</source>
        <translation>नवीनतम भविष्यवाणियों में से अधिकतम इतनी दिखाएँ</translation>
    </message>
    <message>
        <source>Saved predictions</source>
        <translation>सहेजी गई भविष्यवाणियाँ</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>चयनित पंक्तियों को टैब से अलग टेक्स्ट के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>No saved predictions match these filters.</source>
        <translation>कोई सहेजी गई भविष्यवाणी इन फ़िल्टर से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>No saved predictions yet. Tick “Save prediction” before pressing Predict to keep a prediction here and see its actual close once that bar arrives.</source>
        <translation>अभी कोई सहेजी गई भविष्यवाणी नहीं। भविष्यवाणी यहाँ रखने और वह कैंडल आने पर उसका वास्तविक क्लोज़ देखने के लिए भविष्यवाणी करें दबाने से पहले “भविष्यवाणी सहेजें” चुनें।</translation>
    </message>
    <message>
        <source>The saved predictions could not be listed: %1</source>
        <translation>सहेजी गई भविष्यवाणियाँ सूचीबद्ध नहीं की जा सकीं: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionPicker</name>
    <message>
        <source>Sym&amp;bol:</source>
        <translation>सिंबल (&amp;B):</translation>
    </message>
    <message>
        <source>The symbol whose models are offered</source>
        <translation>वह सिंबल जिसके मॉडल दिए जाते हैं</translation>
    </message>
    <message>
        <source>Timefr&amp;ame:</source>
        <translation>टाइमफ़्रेम (&amp;A):</translation>
    </message>
    <message>
        <source>The bar timeframe of the series</source>
        <translation>सीरीज़ का कैंडल टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Mod&amp;el:</source>
        <translation>मॉडल (&amp;E):</translation>
    </message>
    <message>
        <source>Registered models of this series; the active one is chosen first. Only the active version of a model predicts.</source>
        <translation>इस सीरीज़ के पंजीकृत मॉडल; सक्रिय मॉडल पहले चुना जाता है। किसी मॉडल का केवल सक्रिय संस्करण भविष्यवाणी करता है।</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>होराइज़न (&amp;Z):</translation>
    </message>
    <message>
        <source>How many bars ahead to predict: the horizons the model was trained for</source>
        <translation>कितने कैंडल आगे की भविष्यवाणी करनी है: वे होराइज़न जिनके लिए मॉडल प्रशिक्षित किया गया था</translation>
    </message>
    <message>
        <source>No model for this series</source>
        <translation>इस सीरीज़ के लिए कोई मॉडल नहीं</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · v%2 · active</source>
        <translation>%1 · v%2 · सक्रिय</translation>
    </message>
    <message>
        <source>%1 · v%2 · not active</source>
        <translation>%1 · v%2 · सक्रिय नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) ahead</source>
        <translation>
            <numerusform>%n कैंडल आगे</numerusform>
            <numerusform>%n कैंडल आगे</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionRepository</name>
    <message>
        <source>Saving the prediction</source>
        <translation>भविष्यवाणी सहेजी जा रही है</translation>
    </message>
    <message>
        <source>Reading prediction %1</source>
        <translation>भविष्यवाणी %1 पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>Listing predictions</source>
        <translation>भविष्यवाणियाँ सूचीबद्ध की जा रही हैं</translation>
    </message>
    <message>
        <source>Listing predictions waiting for their bar</source>
        <translation>अपने कैंडल की प्रतीक्षा कर रही भविष्यवाणियाँ सूचीबद्ध की जा रही हैं</translation>
    </message>
    <message>
        <source>Reading the bar of prediction %1</source>
        <translation>भविष्यवाणी %1 का कैंडल पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Filling in prediction %1</source>
        <translation>भविष्यवाणी %1 भरी जा रही है</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionResultPanel</name>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Predicted close:</source>
        <translation>अनुमानित क्लोज़:</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of the close of the target bar</source>
        <translation>लक्ष्य कैंडल के क्लोज़ की मॉडल की भविष्यवाणी</translation>
    </message>
    <message>
        <source>80 % interval:</source>
        <translation>80 % अंतराल:</translation>
    </message>
    <message>
        <source>The close should fall in this range 4 times out of 5, if the market behaves as in the model&apos;s validation data</source>
        <translation>यदि बाज़ार मॉडल के सत्यापन डेटा जैसा व्यवहार करे, तो क्लोज़ 5 में से 4 बार इस सीमा में होना चाहिए</translation>
    </message>
    <message>
        <source>95 % interval:</source>
        <translation>95 % अंतराल:</translation>
    </message>
    <message>
        <source>As the 80 % interval, 19 times out of 20</source>
        <translation>80 % अंतराल की तरह, 20 में से 19 बार</translation>
    </message>
    <message>
        <source>From bar:</source>
        <translation>कैंडल से:</translation>
    </message>
    <message>
        <source>The newest stored bar the prediction was made from, and its close</source>
        <translation>वह नवीनतम संग्रहीत कैंडल जिससे भविष्यवाणी की गई, और उसका क्लोज़</translation>
    </message>
    <message>
        <source>For bar:</source>
        <translation>कैंडल के लिए:</translation>
    </message>
    <message>
        <source>Start of the predicted bar; nights, weekends and holidays can push the real bar later</source>
        <translation>अनुमानित कैंडल की शुरुआत; रातें, सप्ताहांत और छुट्टियाँ वास्तविक कैंडल को बाद में खिसका सकती हैं</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <source>The active version of the model that made the prediction</source>
        <translation>मॉडल का सक्रिय संस्करण जिसने भविष्यवाणी की</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>सहेजा गया:</translation>
    </message>
    <message>
        <source>Saved predictions are listed below and get their actual close later</source>
        <translation>सहेजी गई भविष्यवाणियाँ नीचे सूचीबद्ध हैं और बाद में उनका वास्तविक क्लोज़ मिलता है</translation>
    </message>
    <message>
        <source>Press Predict (Ctrl+Enter)</source>
        <translation>भविष्यवाणी करें दबाएँ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1, close %2</source>
        <translation>%1, क्लोज़ %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bar(s) ahead)</source>
        <translation>
            <numerusform>%1 (%n कैंडल आगे)</numerusform>
            <numerusform>%1 (%n कैंडल आगे)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2 · %3 · %4</source>
        <translation>%1 v%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Yes (row %1)</source>
        <translation>हाँ (पंक्ति %1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionService</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>इस वर्कस्पेस में “%1” नाम का कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>Model “%1” is not active (versions %2); activate one of its versions to predict with it.</source>
        <translation>मॉडल “%1” सक्रिय नहीं है (संस्करण %2); इससे भविष्यवाणी करने के लिए इसका कोई संस्करण सक्रिय करें।</translation>
    </message>
    <message>
        <source>Model %1 does not predict %2 bars ahead; it supports horizons %3.</source>
        <translation>मॉडल %1, %2 कैंडल आगे की भविष्यवाणी नहीं करता; यह होराइज़न %3 समर्थित करता है।</translation>
    </message>
    <message>
        <source>The registry entry of %1 is damaged: %2</source>
        <translation>%1 की रजिस्ट्री प्रविष्टि क्षतिग्रस्त है: %2</translation>
    </message>
    <message>
        <source>The model file of %1 (%2) is missing.</source>
        <translation>%1 की मॉडल फ़ाइल (%2) मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to predict with %2.</source>
        <translation>इस वर्कस्पेस में कोई सिंबल “%1” नहीं है; %2 से भविष्यवाणी करने के लिए इसका मूल्य इतिहास आयात करें।</translation>
    </message>
    <message>
        <source>Model %1 needs the latest %2 %3 %4 bars (%5 bars of feature history + a window of %6 − 1); the workspace has %7.</source>
        <translation>मॉडल %1 को नवीनतम %2 %3 %4 कैंडल चाहिए (%5 कैंडल फ़ीचर इतिहास + %6 − 1 की विंडो); वर्कस्पेस में %7 हैं।</translation>
    </message>
    <message>
        <source>Model %1 predicted %2, which is not a price.</source>
        <translation>मॉडल %1 ने %2 की भविष्यवाणी की, जो कोई मूल्य नहीं है।</translation>
    </message>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source>The model file of %1 (%2): %3</source>
        <translation>%1 की मॉडल फ़ाइल (%2): %3</translation>
    </message>
    <message>
        <source>The registry entry of %1 has damaged model settings: %2</source>
        <translation>%1 की रजिस्ट्री प्रविष्टि में मॉडल सेटिंग्स क्षतिग्रस्त हैं: %2</translation>
    </message>
    <message>
        <source>The model file of %1 cannot be loaded: %2</source>
        <translation>%1 की मॉडल फ़ाइल लोड नहीं की जा सकती: %2</translation>
    </message>
    <message>
        <source>The model file of %1 does not fit its registry entry.</source>
        <translation>%1 की मॉडल फ़ाइल इसकी रजिस्ट्री प्रविष्टि से मेल नहीं खाती।</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionTableModel</name>
    <message>
        <source>Not known yet: the bar at the target time has not been imported or downloaded.</source>
        <translation>अभी ज्ञात नहीं: लक्ष्य समय की कैंडल अभी आयात या डाउनलोड नहीं हुई है।</translation>
    </message>
    <message>
        <source>This model has been deleted from the registry.</source>
        <translation>यह मॉडल रजिस्ट्री से हटा दिया गया है।</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(बेनाम)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n कैंडल</numerusform>
            <numerusform>%n कैंडल</numerusform>
        </translation>
    </message>
    <message>
        <source>When the prediction was made (UTC)</source>
        <translation>भविष्यवाणी कब की गई (UTC)</translation>
    </message>
    <message>
        <source>Start of the predicted bar (UTC); nights and weekends can push the real bar later</source>
        <translation>भविष्यवाणी की गई कैंडल की शुरुआत (UTC); रातें और सप्ताहांत वास्तविक कैंडल को बाद में खिसका सकते हैं</translation>
    </message>
    <message>
        <source>Actual close minus predicted close</source>
        <translation>वास्तविक क्लोज़ घटा भविष्यवाणी किया गया क्लोज़</translation>
    </message>
    <message>
        <source>Bounds of the 80 % prediction interval</source>
        <translation>80 % भविष्यवाणी अंतराल की सीमाएँ</translation>
    </message>
    <message>
        <source>Bounds of the 95 % prediction interval</source>
        <translation>95 % भविष्यवाणी अंतराल की सीमाएँ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>लक्ष्य समय</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>होराइज़न</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>भविष्यवाणी</translation>
    </message>
    <message>
        <source>80 % low</source>
        <translation>80 % निम्न</translation>
    </message>
    <message>
        <source>80 % high</source>
        <translation>80 % उच्च</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % निम्न</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % उच्च</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionText</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionsPage</name>
    <message>
        <source>Save predi&amp;ction</source>
        <translation>भविष्यवाणी सहेजें (&amp;C)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>भविष्यवाणी करें</translation>
    </message>
    <message>
        <source>Keep the prediction in the table below, where it gets its actual close once that bar is imported or downloaded</source>
        <translation>भविष्यवाणी को नीचे की तालिका में रखें, जहाँ वह कैंडल आयात या डाउनलोड होने पर उसे वास्तविक क्लोज़ मिलता है</translation>
    </message>
    <message>
        <source>Predict the close with the chosen model and horizon (Ctrl+Enter)</source>
        <translation>चुने गए मॉडल और होराइज़न से क्लोज़ की भविष्यवाणी करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closes &amp;&amp; Predictions</source>
        <translation>क्लोज़ &amp;&amp; भविष्यवाणियाँ</translation>
    </message>
    <message>
        <source>Live Accuracy</source>
        <translation>लाइव सटीकता</translation>
    </message>
    <message>
        <source>Actual closes could not be filled in: %1</source>
        <translation>वास्तविक क्लोज़ भरे नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>The registered models could not be listed: %1</source>
        <translation>पंजीकृत मॉडलों की सूची नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>भविष्यवाणी की जा रही है…</translation>
    </message>
    <message>
        <source>No models are registered yet. Save a trained model from the Models tab, or import one, to predict with it here.</source>
        <translation>अभी कोई मॉडल पंजीकृत नहीं है। यहाँ भविष्यवाणी करने के लिए मॉडल टैब से कोई प्रशिक्षित मॉडल सहेजें, या कोई मॉडल आयात करें।</translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation>लाइव सटीकता देखने के लिए कोई सहेजा गया मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The live accuracy could not be loaded: %1</source>
        <translation>लाइव सटीकता लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>No live accuracy of “%1” yet: it is recorded each time its saved predictions get their actual closes.</source>
        <translation>“%1” की अभी कोई लाइव सटीकता नहीं है: यह हर बार तब दर्ज होती है जब इसकी सहेजी गई भविष्यवाणियों को वास्तविक क्लोज़ मिलते हैं।</translation>
    </message>
    <message>
        <source>Choose a symbol and timeframe to see its recent closes.</source>
        <translation>हाल के क्लोज़ देखने के लिए सिंबल और टाइमफ़्रेम चुनें।</translation>
    </message>
    <message>
        <source>The chart could not be loaded: %1</source>
        <translation>चार्ट लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>No %1 %2 bars are stored; import or download them.</source>
        <translation>कोई %1 %2 कैंडल संग्रहीत नहीं है; उन्हें आयात या डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Predicting with “%1”…</source>
        <translation>“%1” से भविष्यवाणी की जा रही है…</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueBinding</name>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Another ModelDeck process runs this workspace&apos;s training queue.</source>
        <translation>इस वर्कस्पेस की प्रशिक्षण कतार कोई अन्य ModelDeck प्रोसेस चला रहा है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueLock</name>
    <message>
        <source>The training queue of this workspace is already run by another ModelDeck (process %1 on %2). Close it there, or use that window.</source>
        <translation>इस वर्कस्पेस की प्रशिक्षण कतार पहले से किसी अन्य ModelDeck द्वारा चलाई जा रही है (%2 पर प्रोसेस %1)। उसे वहाँ बंद करें, या उसी विंडो का उपयोग करें।</translation>
    </message>
    <message>
        <source>Cannot create the queue lock file in the workspace (permission or disk problem).</source>
        <translation>वर्कस्पेस में कतार लॉक फ़ाइल नहीं बनाई जा सकती (अनुमति या डिस्क समस्या)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueuePanel</name>
    <message>
        <source>Queue status</source>
        <translation>कतार की स्थिति</translation>
    </message>
    <message>
        <source>Jobs done in this run</source>
        <translation>इस रन में पूरे हुए जॉब</translation>
    </message>
    <message>
        <source>%v of %m jobs done</source>
        <translation>%m में से %v जॉब पूरे</translation>
    </message>
    <message>
        <source>Waiting jobs</source>
        <translation>प्रतीक्षारत जॉब</translation>
    </message>
    <message>
        <source>No jobs are waiting.
Training ▸ Auto-train… (Ctrl+Shift+T) queues jobs for your symbols.</source>
        <translation>कोई जॉब प्रतीक्षा में नहीं है।
प्रशिक्षण ▸ ऑटो-प्रशिक्षण… (Ctrl+Shift+T) आपके सिंबलों के लिए जॉब कतार में जोड़ता है।</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>चुने गए जॉब को पहले चलाएँ</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>नीचे ले जाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>चुने गए जॉब को बाद में चलाएँ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected jobs out of the queue</source>
        <translation>चुने गए जॉब कतार से हटाएँ</translation>
    </message>
    <message>
        <source>Priority of the selected job</source>
        <translation>चुने गए जॉब की प्राथमिकता</translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation>उच्च प्राथमिकता वाले पहले चलते हैं; समान प्राथमिकता वाले सूची के क्रम में चलते हैं</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>प्राथमिकता (&amp;P):</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>कोई जॉब नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>प्रतीक्षारत (%1)</translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting; Start (Ctrl+F5) runs them</source>
        <translation>
            <numerusform> · %n जॉब प्रतीक्षा में; प्रारंभ (Ctrl+F5) इसे चलाता है</numerusform>
            <numerusform> · %n जॉब प्रतीक्षा में; प्रारंभ (Ctrl+F5) इन्हें चलाता है</numerusform>
        </translation>
    </message>
    <message>
        <source> · nothing waiting</source>
        <translation> · कुछ भी प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <source> · %1 of %2 done · %3 waiting</source>
        <translation> · %2 में से %1 पूरे · %3 प्रतीक्षा में</translation>
    </message>
    <message>
        <source> · new jobs start as they are queued</source>
        <translation> · नए जॉब कतार में जुड़ते ही शुरू होते हैं</translation>
    </message>
    <message>
        <source> · the running job finishes, then the queue waits</source>
        <translation> · चल रहा जॉब पूरा होगा, फिर कतार रुकी रहेगी</translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting</source>
        <translation>
            <numerusform> · %n जॉब प्रतीक्षा में</numerusform>
            <numerusform> · %n जॉब प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message>
        <source> · the running job finishes; waiting jobs were removed</source>
        <translation> · चल रहा जॉब पूरा होगा; प्रतीक्षारत जॉब हटा दिए गए</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n जॉब प्रतीक्षा में।</numerusform>
            <numerusform>%n जॉब प्रतीक्षा में।</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the database… %1</source>
        <translation>डेटाबेस की प्रतीक्षा… %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue.</source>
        <translation>
            <numerusform>कतार से %n जॉब हटाया गया।</numerusform>
            <numerusform>कतार से %n जॉब हटाए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueWorker</name>
    <message>
        <source>Unknown error</source>
        <translation>अज्ञात त्रुटि</translation>
    </message>
    <message>
        <source>(Recording the end failed: %1)</source>
        <translation>(समाप्ति दर्ज करना विफल: %1)</translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordDetailsPane</name>
    <message>
        <source>RMSE (test)</source>
        <translation>RMSE (टेस्ट)</translation>
    </message>
    <message>
        <source>MAE (test)</source>
        <translation>MAE (टेस्ट)</translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <source>sMAPE %</source>
        <translation>sMAPE %</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Directional accuracy</source>
        <translation>दिशात्मक सटीकता</translation>
    </message>
    <message>
        <source>RMSE of the naive forecast</source>
        <translation>नैव पूर्वानुमान का RMSE</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>नैव की तुलना में स्किल</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>टेस्ट सैंपल</translation>
    </message>
    <message>
        <source>Skill of the model alone</source>
        <translation>केवल मॉडल की स्किल</translation>
    </message>
    <message>
        <source>RMSE of the model alone</source>
        <translation>केवल मॉडल का RMSE</translation>
    </message>
    <message>
        <source>Skill vs naive (validation)</source>
        <translation>नैव की तुलना में स्किल (सत्यापन)</translation>
    </message>
    <message>
        <source>Skill of the model alone (validation)</source>
        <translation>केवल मॉडल की स्किल (सत्यापन)</translation>
    </message>
    <message>
        <source>Weight of the model vs the last close</source>
        <translation>अंतिम क्लोज़ की तुलना में मॉडल का भार</translation>
    </message>
    <message>
        <source>Evidence the model helps (validation, σ)</source>
        <translation>मॉडल के उपयोगी होने का प्रमाण (सत्यापन, σ)</translation>
    </message>
    <message>
        <source>80 % interval coverage (test)</source>
        <translation>80 % अंतराल कवरेज (टेस्ट)</translation>
    </message>
    <message>
        <source>95 % interval coverage (test)</source>
        <translation>95 % अंतराल कवरेज (टेस्ट)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n आइटम</numerusform>
            <numerusform>%n आइटम</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>मीट्रिक (&amp;M)</translation>
    </message>
    <message>
        <source>No epochs recorded</source>
        <translation>कोई एपॉक दर्ज नहीं</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>लॉस वक्र</translation>
    </message>
    <message>
        <source>&amp;Loss curve</source>
        <translation>लॉस वक्र (&amp;L)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>प्रशिक्षण लॉस</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>लर्निंग रेट</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>एपॉक (&amp;E)</translation>
    </message>
    <message>
        <source>Feature &amp;importance</source>
        <translation>फ़ीचर महत्व (&amp;I)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>कॉन्फ़िगरेशन</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>कॉन्फ़िगरेशन (&amp;C)</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>मॉडल विवरण</translation>
    </message>
    <message>
        <source>Select a model card to see its metrics, loss curve, epochs and configuration.</source>
        <translation>मीट्रिक, लॉस वक्र, एपॉक और कॉन्फ़िगरेशन देखने के लिए कोई मॉडल कार्ड चुनें।</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation>यह प्रशिक्षण रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>रिकॉर्ड पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>प्रशिक्षित किया गया</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>प्रशिक्षण समय</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>डेटा पॉइंट</translation>
    </message>
    <message>
        <source>Training period</source>
        <translation>प्रशिक्षण अवधि</translation>
    </message>
    <message>
        <source>Final training loss</source>
        <translation>अंतिम प्रशिक्षण लॉस</translation>
    </message>
    <message>
        <source>Final validation loss</source>
        <translation>अंतिम सत्यापन लॉस</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation>टेस्ट RMSE</translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation>टेस्ट MAE</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>सर्वश्रेष्ठ एपॉक</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>मॉडल का आकार</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>मॉडल फ़ाइल</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears.</source>
        <translation>Enter विवरण दिखाता है, R पुनः प्रशिक्षित करता है, Delete साफ़ करता है।</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1, %2 %3, %4, trained %5, RMSE %6, MAE %7, skill vs naive %8</source>
        <translation>%1, %2 %3, %4, प्रशिक्षित %5, RMSE %6, MAE %7, नैव की तुलना में स्किल %8</translation>
    </message>
    <message>
        <source>, error: %1</source>
        <translation>, त्रुटि: %1</translation>
    </message>
    <message>
        <source>, retraining %1 %</source>
        <translation>, पुनः प्रशिक्षण %1 %</translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>. %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>पुराना</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहीत</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 मिनट पहले</translation>
    </message>
    <message>
        <source>%1h ago</source>
        <translation>%1 घंटे पहले</translation>
    </message>
    <message>
        <source>%1d ago</source>
        <translation>%1 दिन पहले</translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPanel</name>
    <message>
        <source>&amp;Skip Refresh</source>
        <translation>रीफ़्रेश छोड़ें (&amp;S)</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>रीफ़्रेश स्थिति</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>रीफ़्रेश प्रगति</translation>
    </message>
    <message>
        <source>Stop waiting for the download and go on with the price data already stored; series refreshed so far keep their new bars</source>
        <translation>डाउनलोड की प्रतीक्षा बंद करें और पहले से संग्रहीत मूल्य डेटा के साथ आगे बढ़ें; अब तक रीफ़्रेश हुई सीरीज़ अपनी नई कैंडल रखती हैं</translation>
    </message>
    <message>
        <source>Skipping the refresh; going on with the data at hand…</source>
        <translation>रीफ़्रेश छोड़ा जा रहा है; उपलब्ध डेटा के साथ आगे बढ़ रहे हैं…</translation>
    </message>
    <message>
        <source>Preparing the refresh…</source>
        <translation>रीफ़्रेश की तैयारी हो रही है…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n series…</source>
        <translation>
            <numerusform>%n सीरीज़ रीफ़्रेश हो रही है…</numerusform>
            <numerusform>%n सीरीज़ रीफ़्रेश हो रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series</source>
        <translation>
            <numerusform>%n में से %1 सीरीज़</numerusform>
            <numerusform>%n में से %1 सीरीज़</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh was skipped; the data at hand was used.</source>
        <translation>रीफ़्रेश छोड़ दिया गया; उपलब्ध डेटा का उपयोग किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the price data of %n series.</source>
        <translation>
            <numerusform>%n सीरीज़ का मूल्य डेटा रीफ़्रेश किया गया।</numerusform>
            <numerusform>%n सीरीज़ का मूल्य डेटा रीफ़्रेश किया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series could not be refreshed; their data at hand was used:</source>
        <translation>
            <numerusform>%n सीरीज़ रीफ़्रेश नहीं हो सकी; उसका उपलब्ध डेटा उपयोग किया गया:</numerusform>
            <numerusform>%n सीरीज़ रीफ़्रेश नहीं हो सकीं; उनका उपलब्ध डेटा उपयोग किया गया:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not refreshed:</source>
        <translation>
            <numerusform>%n सीरीज़ रीफ़्रेश नहीं हुई:</numerusform>
            <numerusform>%n सीरीज़ रीफ़्रेश नहीं हुईं:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPlan</name>
    <message>
        <source>Its import log says it was resampled in a circle (%1); there is nothing to refresh it from.</source>
        <translation>इसके आयात लॉग के अनुसार इसे चक्र में रीसैंपल किया गया था (%1); इसे रीफ़्रेश करने का कोई स्रोत नहीं है।</translation>
    </message>
    <message>
        <source>Resampled from %1, which this workspace no longer has; there is nothing to refresh it from.</source>
        <translation>%1 से रीसैंपल किया गया, जो अब इस वर्कस्पेस में नहीं है; इसे रीफ़्रेश करने का कोई स्रोत नहीं है।</translation>
    </message>
    <message>
        <source>Resampled from %1: %2</source>
        <translation>%1 से रीसैंपल किया गया: %2</translation>
    </message>
    <message>
        <source>Imported from %1; there is no provider to refresh it from.</source>
        <translation>%1 से आयात किया गया; इसे रीफ़्रेश करने के लिए कोई प्रदाता नहीं है।</translation>
    </message>
    <message>
        <source>Never downloaded (resampled or imported from CSV); there is no provider to refresh it from.</source>
        <translation>कभी डाउनलोड नहीं किया गया (रीसैंपल किया गया या CSV से आयात किया गया); इसे रीफ़्रेश करने के लिए कोई प्रदाता नहीं है।</translation>
    </message>
    <message>
        <source>Downloaded from “%1”, a provider this version does not know.</source>
        <translation>“%1” से डाउनलोड किया गया, एक ऐसा प्रदाता जिसे यह संस्करण नहीं जानता।</translation>
    </message>
    <message>
        <source>Not in this workspace; nothing to refresh.</source>
        <translation>इस वर्कस्पेस में नहीं है; रीफ़्रेश करने को कुछ नहीं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshThenTrain</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>training was asked to start without waiting</source>
        <translation>प्रशिक्षण को बिना प्रतीक्षा के शुरू करने को कहा गया</translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>पुराना</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहीत</translation>
    </message>
    <message numerus="yes">
        <source>Trained more than %n hour(s) ago; retraining is due.</source>
        <translation>
            <numerusform>%n घंटे से अधिक पहले प्रशिक्षित; पुनः प्रशिक्षण देय है।</numerusform>
            <numerusform>%n घंटों से अधिक पहले प्रशिक्षित; पुनः प्रशिक्षण देय है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>प्रशिक्षित किया गया</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>डेटा पॉइंट</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>पुराने</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहीत</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>उपयोग किया गया स्टोरेज</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Filter by symbol, timeframe, bot or status…</source>
        <translation>सिंबल, टाइमफ़्रेम, बॉट या स्थिति से फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>रिकॉर्ड फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the listed records as a CSV file (Ctrl+E)</source>
        <translation>सूचीबद्ध रिकॉर्ड CSV फ़ाइल के रूप में सहेजें (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Read the records from the workspace again</source>
        <translation>वर्कस्पेस से रिकॉर्ड फिर से पढ़ें</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>प्रशिक्षण रिकॉर्ड</translation>
    </message>
    <message>
        <source>Active (≤ %1 h)</source>
        <translation>सक्रिय (≤ %1 h)</translation>
    </message>
    <message>
        <source>Stale (&gt; %1 h)</source>
        <translation>पुराने (&gt; %1 h)</translation>
    </message>
    <message numerus="yes">
        <source>Active models trained within the last %n hour(s)</source>
        <translation>
            <numerusform>पिछले %n घंटे में प्रशिक्षित सक्रिय मॉडल</numerusform>
            <numerusform>पिछले %n घंटों में प्रशिक्षित सक्रिय मॉडल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active models trained more than %n hour(s) ago</source>
        <translation>
            <numerusform>%n घंटे से अधिक पहले प्रशिक्षित सक्रिय मॉडल</numerusform>
            <numerusform>%n घंटों से अधिक पहले प्रशिक्षित सक्रिय मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Loading training records…</source>
        <translation>प्रशिक्षण रिकॉर्ड लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>No training runs recorded in this workspace yet.

Trained, failed and archived models appear here.</source>
        <translation>इस वर्कस्पेस में अभी कोई प्रशिक्षण रन दर्ज नहीं है।

प्रशिक्षित, विफल और संग्रहीत मॉडल यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>Cannot read the training records: %1</source>
        <translation>प्रशिक्षण रिकॉर्ड नहीं पढ़े जा सकते: %1</translation>
    </message>
    <message>
        <source>modeldeck-report-%1.csv</source>
        <translation>modeldeck-report-%1.csv</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s)…</source>
        <translation>
            <numerusform>%n रिकॉर्ड निर्यात हो रहा है…</numerusform>
            <numerusform>%n रिकॉर्ड निर्यात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n रिकॉर्ड %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n रिकॉर्ड %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::Resampler</name>
    <message>
        <source>Cannot resample %1 bars to %2: the target must be a whole multiple of the source timeframe (for example 5m → 1h or 1h → 1d).</source>
        <translation>%1 कैंडल को %2 में रीसैंपल नहीं किया जा सकता: लक्ष्य स्रोत टाइमफ़्रेम का पूर्ण गुणज होना चाहिए (उदाहरण 5m → 1h या 1h → 1d)।</translation>
    </message>
    <message>
        <source>Cannot resample: the symbol&apos;s time zone is not valid.</source>
        <translation>रीसैंपल नहीं किया जा सकता: सिंबल का समय क्षेत्र मान्य नहीं है।</translation>
    </message>
    <message>
        <source>Cannot resample: the bars are not in time order.</source>
        <translation>रीसैंपल नहीं किया जा सकता: कैंडल समय क्रम में नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainEtaEstimate</name>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>एक मिनट से कम</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>लगभग %n मिनट</numerusform>
            <numerusform>लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>लगभग %1 घंटे %2 मिनट</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainRepository</name>
    <message>
        <source>Reading how long finished training jobs took</source>
        <translation>पूरे हुए प्रशिक्षण जॉब में लगा समय पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Reading when training record %1 was last retrained</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 आखिरी बार कब पुनः प्रशिक्षित हुआ, यह पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Reading workspace state “%1”</source>
        <translation>वर्कस्पेस स्थिति “%1” पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>Writing workspace state “%1”</source>
        <translation>वर्कस्पेस स्थिति “%1” लिखी जा रही है</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainScheduler</name>
    <message>
        <source>Scheduled: v%1 last trained %2 hours ago (threshold %3 hours)</source>
        <translation>शेड्यूल किया गया: v%1 आखिरी बार %2 घंटे पहले प्रशिक्षित (सीमा %3 घंटे)</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettings</name>
    <message>
        <source>The age after which a model is retrained must be 1 to %1 hours (it is %2).</source>
        <translation>जिस आयु के बाद मॉडल पुनः प्रशिक्षित होता है, वह 1 से %1 घंटे होनी चाहिए (अभी %2 है)।</translation>
    </message>
    <message>
        <source>The retraining window needs a valid start and end time.</source>
        <translation>पुनः प्रशिक्षण विंडो के लिए मान्य प्रारंभ और समाप्ति समय चाहिए।</translation>
    </message>
    <message>
        <source>Retrains per run must be 1 to %1 (it is %2).</source>
        <translation>प्रति रन पुनः प्रशिक्षण 1 से %1 होने चाहिए (अभी %2 है)।</translation>
    </message>
    <message>
        <source>The schedule&apos;s check interval must be %1 to %2 minutes (it is %3).</source>
        <translation>शेड्यूल का जाँच अंतराल %1 से %2 मिनट होना चाहिए (अभी %3 है)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettingsGroup</name>
    <message>
        <source>Retraining</source>
        <translation>पुनः प्रशिक्षण</translation>
    </message>
    <message>
        <source>Retrain stale models on a sc&amp;hedule</source>
        <translation>पुराने मॉडल शेड्यूल पर पुनः प्रशिक्षित करें (&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;fresh their price data first (downloaded series)</source>
        <translation>पहले उनका मूल्य डेटा रीफ़्रेश करें (डाउनलोड की गई सीरीज़) (&amp;F)</translation>
    </message>
    <message>
        <source>Retrain a&amp;utomatically when drift is found</source>
        <translation>ड्रिफ्ट मिलने पर स्वतः पुनः प्रशिक्षित करें (&amp;U)</translation>
    </message>
    <message>
        <source>While ModelDeck (or modeldeck-cli queue run --schedule) runs, queue a new version of each active saved model older than the threshold, once per window</source>
        <translation>जब तक ModelDeck (या modeldeck-cli queue run --schedule) चलता है, सीमा से पुराने हर सक्रिय सहेजे गए मॉडल का नया संस्करण प्रति विंडो एक बार कतार में जोड़ें</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Retrain models older than hours</source>
        <translation>इतने घंटे से पुराने मॉडल पुनः प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>An active saved model trained longer ago than this is retrained</source>
        <translation>इससे अधिक पहले प्रशिक्षित सक्रिय सहेजा गया मॉडल पुनः प्रशिक्षित होता है</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>विंडो प्रारंभ</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>विंडो समाप्ति</translation>
    </message>
    <message>
        <source>Local time the window opens; it may end the next morning</source>
        <translation>स्थानीय समय जब विंडो खुलती है; यह अगली सुबह समाप्त हो सकती है</translation>
    </message>
    <message>
        <source>Local time the window closes; equal to the start: the whole day</source>
        <translation>स्थानीय समय जब विंडो बंद होती है; प्रारंभ के बराबर: पूरा दिन</translation>
    </message>
    <message>
        <source>Most retrains per run</source>
        <translation>प्रति रन अधिकतम पुनः प्रशिक्षण</translation>
    </message>
    <message>
        <source>The oldest models go first; the others wait for the next window</source>
        <translation>सबसे पुराने मॉडल पहले; बाकी अगली विंडो की प्रतीक्षा करते हैं</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Check every minutes</source>
        <translation>हर इतने मिनट में जाँचें</translation>
    </message>
    <message>
        <source>How often the running app looks whether the window has opened</source>
        <translation>चल रहा ऐप कितनी बार देखता है कि विंडो खुली है या नहीं</translation>
    </message>
    <message>
        <source>When filling in actual values raises a drift alert for a saved model, queue a retrain of it with the alert as the reason (an identical queued job is reused)</source>
        <translation>जब वास्तविक मान भरने पर किसी सहेजे गए मॉडल के लिए ड्रिफ्ट अलर्ट आता है, तो अलर्ट को कारण बनाकर उसका पुनः प्रशिक्षण कतार में जोड़ें (समान प्रतीक्षारत जॉब पुनः उपयोग होता है)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&amp;Age threshold:</source>
        <translation>आयु सीमा (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>विंडो (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Most retrains per run:</source>
        <translation>प्रति रन अधिकतम पुनः प्रशिक्षण (&amp;M):</translation>
    </message>
    <message>
        <source>Check e&amp;very:</source>
        <translation>हर (&amp;V):</translation>
    </message>
    <message>
        <source>Start equal to end: the whole day, one run a day from %1.</source>
        <translation>प्रारंभ समाप्ति के बराबर: पूरा दिन, %1 से प्रतिदिन एक रन।</translation>
    </message>
    <message>
        <source>Overnight: from %1 until %2 the next morning, one run per night.</source>
        <translation>रातभर: %1 से अगली सुबह %2 तक, प्रति रात एक रन।</translation>
    </message>
    <message>
        <source>From %1 to %2, one run a day.</source>
        <translation>%1 से %2 तक, प्रतिदिन एक रन।</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTracker</name>
    <message>
        <source>Retraining · %1 · %2 %</source>
        <translation>पुनः प्रशिक्षण · %1 · %2 %</translation>
    </message>
    <message>
        <source>Error: no workspace is open.</source>
        <translation>त्रुटि: कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>रिकॉर्ड %1</translation>
    </message>
    <message>
        <source>Error: %1 could not be queued for retraining: %2</source>
        <translation>त्रुटि: %1 को पुनः प्रशिक्षण के लिए कतार में नहीं जोड़ा जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is already queued for retraining (job %2).</source>
        <translation>%1 पहले से पुनः प्रशिक्षण कतार में है (जॉब %2)।</translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2). Start the queue to run it.</source>
        <translation>%1 का पुनः प्रशिक्षण कतार में जोड़ा गया (जॉब %2)। इसे चलाने के लिए कतार शुरू करें।</translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2).</source>
        <translation>%1 का पुनः प्रशिक्षण कतार में जोड़ा गया (जॉब %2)।</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTrigger</name>
    <message>
        <source>Cannot retrain “%1”: there is no saved model of that name.</source>
        <translation>“%1” को पुनः प्रशिक्षित नहीं किया जा सकता: इस नाम का कोई सहेजा गया मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>Cannot retrain “%1” v%2: it was imported from a TorchScript file, which ModelDeck cannot train.</source>
        <translation>“%1” v%2 को पुनः प्रशिक्षित नहीं किया जा सकता: यह TorchScript फ़ाइल से आयात किया गया था, जिसे ModelDeck प्रशिक्षित नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Cannot retrain training record %1: there is no such record.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 को पुनः प्रशिक्षित नहीं किया जा सकता: ऐसा कोई रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <source>Cannot retrain: name a saved model or a training record.</source>
        <translation>पुनः प्रशिक्षण संभव नहीं: कोई सहेजा गया मॉडल या प्रशिक्षण रिकॉर्ड बताएँ।</translation>
    </message>
    <message>
        <source>Cannot retrain %1: its saved settings are not valid any more: %2</source>
        <translation>%1 को पुनः प्रशिक्षित नहीं किया जा सकता: इसकी सहेजी गई सेटिंग्स अब मान्य नहीं हैं: %2</translation>
    </message>
    <message>
        <source>training record %1</source>
        <translation>प्रशिक्षण रिकॉर्ड %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::RunningJobView</name>
    <message>
        <source>Current job</source>
        <translation>वर्तमान जॉब</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>जॉब प्रगति</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>चरण विवरण</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>कोई जॉब नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation>पहले एपॉक की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Last job: %1 — %2</source>
        <translation>पिछला जॉब: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more job(s) running</source>
        <translation>
            <numerusform>+%n और जॉब चल रहा है</numerusform>
            <numerusform>+%n और जॉब चल रहे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>The running job&apos;s loss per epoch appears here.</source>
        <translation>चल रहे जॉब का प्रति एपॉक लॉस यहाँ दिखता है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SafeRead</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>The file is a symbolic link to something that does not exist.</source>
        <translation>यह फ़ाइल किसी ऐसी चीज़ का सिंबॉलिक लिंक है जो मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>फ़ाइल मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>यह एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, pipe or socket), so it is not read.</source>
        <translation>यह सामान्य फ़ाइल नहीं है (यह डिवाइस, पाइप या सॉकेट है), इसलिए इसे पढ़ा नहीं जाता।</translation>
    </message>
    <message>
        <source>The file is larger than %1, the most ModelDeck reads from such a file.</source>
        <translation>फ़ाइल %1 से बड़ी है, जो ऐसी फ़ाइल से ModelDeck द्वारा पढ़ी जाने वाली अधिकतम सीमा है।</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>फ़ाइल नहीं पढ़ी जा सकती: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>फ़ाइल पढ़ना विफल: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::Sampler</name>
    <message>
        <source>Unknown search method “%1”; use grid, random or bayes.</source>
        <translation>अज्ञात खोज विधि “%1”; grid, random या bayes का उपयोग करें।</translation>
    </message>
    <message>
        <source>Bayesian search: the start-up trials must be 0 or more, the candidates 1 or more and gamma above 0 and at most 1.</source>
        <translation>बेयज़ियन खोज: स्टार्ट-अप ट्रायल 0 या अधिक, उम्मीदवार 1 या अधिक और gamma 0 से ऊपर व अधिकतम 1 होना चाहिए।</translation>
    </message>
    <message>
        <source>Unknown search method.</source>
        <translation>अज्ञात खोज विधि।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SaveModelDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation>त्यागें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Deciding</source>
        <translation>निर्णय जारी रखें (&amp;K)</translation>
    </message>
    <message>
        <source>+%1 % (RMSE lower than the naive forecast)</source>
        <translation>+%1 % (RMSE नैव पूर्वानुमान से कम)</translation>
    </message>
    <message>
        <source>−%1 % (RMSE higher than the naive forecast)</source>
        <translation>−%1 % (RMSE नैव पूर्वानुमान से अधिक)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save Trained Model</source>
        <translation>प्रशिक्षित मॉडल सहेजें</translation>
    </message>
    <message>
        <source>Training of %1 on %2 %3 finished. Save the model under a name to keep it, or discard it.</source>
        <translation>%2 %3 पर %1 का प्रशिक्षण पूरा हुआ। मॉडल रखने के लिए उसे किसी नाम से सहेजें, या त्याग दें।</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>मॉडल का नाम</translation>
    </message>
    <message>
        <source>Required and unique; at most %1 characters, no leading or trailing spaces</source>
        <translation>आवश्यक और अद्वितीय; अधिकतम %1 वर्ण, शुरू या अंत में स्पेस नहीं</translation>
    </message>
    <message>
        <source>Why the name cannot be used</source>
        <translation>नाम का उपयोग क्यों नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>What this model is for (optional)</source>
        <translation>यह मॉडल किसलिए है (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>e.g. intraday, experiment</source>
        <translation>जैसे intraday, experiment</translation>
    </message>
    <message>
        <source>Comma-separated; spaces around tags and repeated tags are dropped</source>
        <translation>अल्पविराम से अलग; टैग के आसपास के स्पेस और दोहराए गए टैग हटा दिए जाते हैं</translation>
    </message>
    <message>
        <source>Make &amp;active for %1 %2</source>
        <translation>%1 %2 के लिए सक्रिय बनाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>Predictions for %1 %2 use this model from now on, replacing the active one</source>
        <translation>%1 %2 की भविष्यवाणियाँ अब से यही मॉडल उपयोग करेंगी, सक्रिय मॉडल की जगह</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>सहेजने की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>विवरण (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>टैग (&amp;T):</translation>
    </message>
    <message>
        <source>Register the model under this name (Enter)</source>
        <translation>मॉडल को इस नाम से पंजीकृत करें (Enter)</translation>
    </message>
    <message>
        <source>Delete the trained model file; asks first</source>
        <translation>प्रशिक्षित मॉडल फ़ाइल हटाएँ; पहले पूछता है</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>· %n bar(s) ahead</source>
        <translation>
            <numerusform>· %n कैंडल आगे</numerusform>
            <numerusform>· %n कैंडल आगे</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (best: %2)</source>
        <translation>%1 (सर्वश्रेष्ठ: %2)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>सीरीज़</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>नैव की तुलना में स्किल</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>डेटा पॉइंट</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>प्रशिक्षित</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>मॉडल फ़ाइल</translation>
    </message>
    <message>
        <source>Result on the test split</source>
        <translation>टेस्ट डेटा पर परिणाम</translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation>“%1” नाम का मॉडल पहले से मौजूद है; कोई अन्य नाम चुनें।</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>“%1” सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>मॉडल सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2), now active for %3 %4.</source>
        <translation>मॉडल “%1” (संस्करण %2) सहेजा गया, अब %3 %4 के लिए सक्रिय।</translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2).</source>
        <translation>मॉडल “%1” (संस्करण %2) सहेजा गया।</translation>
    </message>
    <message>
        <source>Discard the %1 model trained on %2 %3?

Its model file (%4) is deleted and its results archived. This cannot be undone.</source>
        <translation>%2 %3 पर प्रशिक्षित %1 मॉडल त्यागें?

इसकी मॉडल फ़ाइल (%4) हटा दी जाएगी और इसके परिणाम संग्रहीत हो जाएँगे। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Discard trained model</source>
        <translation>प्रशिक्षित मॉडल त्यागें</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>त्यागा जा रहा है…</translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation>त्यागा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The trained model was not discarded: %1</source>
        <translation>प्रशिक्षित मॉडल त्यागा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Discarded the trained %1 model.</source>
        <translation>प्रशिक्षित %1 मॉडल त्याग दिया गया।</translation>
    </message>
    <message>
        <source>Discarded the trained model, but: %1</source>
        <translation>प्रशिक्षित मॉडल त्याग दिया गया, लेकिन: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedConfigurationsView</name>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON निर्यात करें… (&amp;X)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Export Strategy Configuration</source>
        <translation>रणनीति कॉन्फ़िगरेशन निर्यात करें</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>रणनीति</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>कुल रिटर्न</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>खरीदें और रखें</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Saved strategy configurations</source>
        <translation>सहेजे गए रणनीति कॉन्फ़िगरेशन</translation>
    </message>
    <message>
        <source>Show the configuration&apos;s parameters and backtest them (Enter)</source>
        <translation>कॉन्फ़िगरेशन के पैरामीटर दिखाएँ और उनका बैकटेस्ट करें (Enter)</translation>
    </message>
    <message>
        <source>Write the configuration, its scores and folds to a JSON file</source>
        <translation>कॉन्फ़िगरेशन, उसके स्कोर और फ़ोल्ड एक JSON फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Delete the configuration from the workspace (Delete)</source>
        <translation>कॉन्फ़िगरेशन को वर्कस्पेस से हटाएँ (Delete)</translation>
    </message>
    <message>
        <source>Could not load the saved configurations: %1</source>
        <translation>सहेजे गए कॉन्फ़िगरेशन लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>No saved configurations yet: train a strategy and save it.</source>
        <translation>अभी कोई सहेजा गया कॉन्फ़िगरेशन नहीं है: कोई रणनीति प्रशिक्षित करें और उसे सहेजें।</translation>
    </message>
    <message>
        <source>Could not export “%1”: %2</source>
        <translation>“%1” निर्यात नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” को %2 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Delete Strategy Configuration</source>
        <translation>रणनीति कॉन्फ़िगरेशन हटाएँ</translation>
    </message>
    <message>
        <source>Delete “%1” (%2 on %3 %4)? Its parameters, scores and walk-forward folds are removed from the workspace; exported files stay.</source>
        <translation>“%1” (%3 %4 पर %2) हटाएँ? इसके पैरामीटर, स्कोर और वॉक-फ़ॉरवर्ड फ़ोल्ड वर्कस्पेस से हटा दिए जाएँगे; निर्यात की गई फ़ाइलें बनी रहेंगी।</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>“%1” हटाया नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” हटाया गया।</translation>
    </message>
    <message>
        <source>On the window the training searched (the last train window with walk-forward)</source>
        <translation>उस विंडो पर जिसमें प्रशिक्षण ने खोजा (वॉक-फ़ॉरवर्ड के साथ अंतिम प्रशिक्षण विंडो)</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedFeatures</name>
    <message>
        <source>The saved feature settings are missing (&quot;features&quot; must be an object).</source>
        <translation>सहेजी गई फ़ीचर सेटिंग्स मौजूद नहीं हैं (&quot;features&quot; एक ऑब्जेक्ट होना चाहिए)।</translation>
    </message>
    <message>
        <source>The saved feature names (%1) are not the ones these feature settings produce (%2); the model was made for other inputs.</source>
        <translation>सहेजे गए फ़ीचर नाम (%1) वे नहीं हैं जो ये फ़ीचर सेटिंग्स बनाती हैं (%2); मॉडल अन्य इनपुट के लिए बनाया गया था।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>The saved feature scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of %1 finite numbers (std above 0).</source>
        <translation>सहेजा गया फ़ीचर स्केलर मौजूद नहीं है या क्षतिग्रस्त है: इसे %1 परिमित संख्याओं के &quot;mean&quot; और &quot;std&quot; ऐरे चाहिए (std 0 से अधिक)।</translation>
    </message>
    <message>
        <source>The saved target scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of finite numbers (std above 0).</source>
        <translation>सहेजा गया टार्गेट स्केलर मौजूद नहीं है या क्षतिग्रस्त है: इसे परिमित संख्याओं के &quot;mean&quot; और &quot;std&quot; ऐरे चाहिए (std 0 से अधिक)।</translation>
    </message>
    <message>
        <source>The saved model weight must be a number from 0 to 1.</source>
        <translation>सहेजा गया मॉडल भार 0 से 1 तक की संख्या होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelActions</name>
    <message>
        <source>“%1” v%2</source>
        <translation>“%1” v%2</translation>
    </message>
    <message>
        <source>Error: %1 v%2 could not be activated: %3</source>
        <translation>त्रुटि: %1 v%2 सक्रिय नहीं किया जा सका: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is already the active model for %2.</source>
        <translation>%1 पहले से %2 के लिए सक्रिय मॉडल है।</translation>
    </message>
    <message>
        <source>It replaces %1, which stays saved and can be activated again.</source>
        <translation>यह %1 की जगह लेता है, जो सहेजा रहता है और फिर से सक्रिय किया जा सकता है।</translation>
    </message>
    <message>
        <source>No model is active for %1 yet.</source>
        <translation>%1 के लिए अभी कोई मॉडल सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Make %1 the active model for %2?

%3</source>
        <translation>%1 को %2 के लिए सक्रिय मॉडल बनाएँ?

%3</translation>
    </message>
    <message>
        <source>Activate model</source>
        <translation>मॉडल सक्रिय करें</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>सक्रिय करें (&amp;A)</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was not activated.</source>
        <translation>कुछ नहीं बदला: %1 सक्रिय नहीं किया गया।</translation>
    </message>
    <message>
        <source>Error: %1 could not be activated: %2</source>
        <translation>त्रुटि: %1 सक्रिय नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is now the active model for %2 (replacing %3).</source>
        <translation>%1 अब %2 के लिए सक्रिय मॉडल है (%3 की जगह)।</translation>
    </message>
    <message>
        <source>%1 is now the active model for %2.</source>
        <translation>%1 अब %2 के लिए सक्रिय मॉडल है।</translation>
    </message>
    <message>
        <source>Error: “%1” could not be renamed: %2</source>
        <translation>त्रुटि: “%1” का नाम नहीं बदला जा सका: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its versions and files are unchanged.</source>
        <translation>“%1” का नाम बदलकर “%2” किया गया; इसके संस्करण और फ़ाइलें अपरिवर्तित हैं।</translation>
    </message>
    <message>
        <source>Error: the description and tags of “%1” were not saved: %2</source>
        <translation>त्रुटि: “%1” का विवरण और टैग सहेजे नहीं गए: %2</translation>
    </message>
    <message>
        <source>Saved the description and tags of “%1”.</source>
        <translation>“%1” का विवरण और टैग सहेजे गए।</translation>
    </message>
    <message>
        <source>Error: %1 could not be exported: %2</source>
        <translation>त्रुटि: %1 निर्यात नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>फ़ाइलें बदलें</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced by %1:

%2</source>
        <translation>ये फ़ाइलें पहले से मौजूद हैं और %1 द्वारा बदल दी जाएँगी:

%2</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>कुछ भी निर्यात नहीं हुआ।</translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3.</source>
        <translation>%1 को %2 और %3 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: %2</source>
        <translation>त्रुटि: %1 हटाया नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: it has no such version.</source>
        <translation>त्रुटि: %1 हटाया नहीं जा सका: इसका ऐसा कोई संस्करण नहीं है।</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”?</source>
        <translation>“%2” का संस्करण %1 हटाएँ?</translation>
    </message>
    <message>
        <source>Delete “%1” and all its versions?</source>
        <translation>“%1” और इसके सभी संस्करण हटाएँ?</translation>
    </message>
    <message>
        <source>Versions to delete: %1
Model files: %2</source>
        <translation>हटाए जाने वाले संस्करण: %1
मॉडल फ़ाइलें: %2</translation>
    </message>
    <message>
        <source>This is the active model for %1 %2: that series will have no active model until you activate another.</source>
        <translation>यह %1 %2 का सक्रिय मॉडल है: जब तक आप कोई अन्य सक्रिय नहीं करते, उस सीरीज़ का कोई सक्रिय मॉडल नहीं रहेगा।</translation>
    </message>
    <message>
        <source>The files cannot be recovered.</source>
        <translation>फ़ाइलें पुनर्प्राप्त नहीं की जा सकतीं।</translation>
    </message>
    <message>
        <source>Delete saved model</source>
        <translation>सहेजा गया मॉडल हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <source>Deleted %1: versions: %2, freed %3.</source>
        <translation>%1 हटाया गया: संस्करण: %2, %3 खाली हुआ।</translation>
    </message>
    <message>
        <source>Files that could not be removed: %1 (the next clean-up of the models folder removes them).</source>
        <translation>जो फ़ाइलें हटाई नहीं जा सकीं: %1 (मॉडल फ़ोल्डर की अगली सफ़ाई उन्हें हटा देगी)।</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation>पहले से जॉब %1 के रूप में कतार में — %2</translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation>जॉब %1 कतार में जोड़ा गया — %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelDelegate</name>
    <message>
        <source>No tags</source>
        <translation>कोई टैग नहीं</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>तैयार नहीं</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Horizons</source>
        <translation>होराइज़न</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelListModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>स्किल</translation>
    </message>
    <message>
        <source>Cover 80</source>
        <translation>कवरेज 80</translation>
    </message>
    <message>
        <source>Cover 95</source>
        <translation>कवरेज 95</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 bars</source>
        <translation>%1 कैंडल</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1, version %2 (%3 %4)</source>
        <translation>%1, संस्करण %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Ready: the file is present and matches its checksum.</source>
        <translation>तैयार: फ़ाइल मौजूद है और अपने चेकसम से मेल खाती है।</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>तैयार नहीं: %1</translation>
    </message>
    <message>
        <source>%1, version %2, %3 %4%5%6</source>
        <translation>%1, संस्करण %2, %3 %4%5%6</translation>
    </message>
    <message>
        <source>, active</source>
        <translation>, सक्रिय</translation>
    </message>
    <message>
        <source>, not ready</source>
        <translation>, तैयार नहीं</translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>. %1</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>%2 का v%1</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>अनुपलब्ध</translation>
    </message>
    <message>
        <source>no actuals yet</source>
        <translation>अभी कोई वास्तविक मान नहीं</translation>
    </message>
    <message>
        <source>skill %1</source>
        <translation>स्किल %1</translation>
    </message>
    <message>
        <source>95 % cover %1</source>
        <translation>95 % कवरेज %1</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s)</source>
        <translation>
            <numerusform>%n पूर्वानुमान</numerusform>
            <numerusform>%n पूर्वानुमान</numerusform>
        </translation>
    </message>
    <message>
        <source>Live accuracy could not be read: %1</source>
        <translation>लाइव सटीकता पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Live accuracy at horizon %1 over its newest %2 forecasts (recorded %3): RMSE %4, naive RMSE %5.</source>
        <translation>होराइज़न %1 पर लाइव सटीकता, नवीनतम %2 पूर्वानुमानों पर (%3 को दर्ज): RMSE %4, नैव RMSE %5।</translation>
    </message>
    <message>
        <source>Live accuracy: none yet. It is recorded when saved predictions get their actual values: as new bars arrive, when the Predictions tab opens or by modeldeck-cli predictions fill.</source>
        <translation>लाइव सटीकता: अभी कोई नहीं। यह तब दर्ज होती है जब सहेजी गई भविष्यवाणियों को उनके वास्तविक मान मिलते हैं: नए कैंडल आने पर, भविष्यवाणियाँ टैब खुलने पर या modeldeck-cli predictions fill से।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelPrompts</name>
    <message>
        <source>New name for “%1” and all its versions:</source>
        <translation>“%1” और इसके सभी संस्करणों के लिए नया नाम:</translation>
    </message>
    <message>
        <source>%1

New name for “%2” and all its versions:</source>
        <translation>%1

“%2” और इसके सभी संस्करणों के लिए नया नाम:</translation>
    </message>
    <message>
        <source>Rename Model</source>
        <translation>मॉडल का नाम बदलें</translation>
    </message>
    <message>
        <source>Retrain Model</source>
        <translation>मॉडल पुनः प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>Queue a new version of “%1” with the settings of its active version.

Reason (optional, kept with the job):</source>
        <translation>“%1” का नया संस्करण उसके सक्रिय संस्करण की सेटिंग्स के साथ कतार में जोड़ें।

कारण (वैकल्पिक, जॉब के साथ रखा जाता है):</translation>
    </message>
    <message>
        <source>Export “%1” v%2 to Folder</source>
        <translation>“%1” v%2 को फ़ोल्डर में निर्यात करें</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>The versions of “%1” could not be listed:
%2</source>
        <translation>“%1” के संस्करणों की सूची नहीं बन सकी:
%2</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelsPage</name>
    <message>
        <source>Saved models</source>
        <translation>सहेजे गए मॉडल</translation>
    </message>
    <message>
        <source>Saved model names; each can have several versions.</source>
        <translation>सहेजे गए मॉडलों के नाम; हर एक के कई संस्करण हो सकते हैं।</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Models whose shown version (the active one, else the newest) has its file in the workspace with the checksum it was saved with, checked when the page loads.</source>
        <translation>वे मॉडल जिनके दिखाए गए संस्करण (सक्रिय, अन्यथा नवीनतम) की फ़ाइल वर्कस्पेस में उसी चेकसम के साथ है जिससे वह सहेजी गई थी; पेज लोड होने पर जाँचा जाता है।</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>उपयोग किया गया स्टोरेज</translation>
    </message>
    <message>
        <source>Disk space of every version&apos;s model file.</source>
        <translation>हर संस्करण की मॉडल फ़ाइल का डिस्क स्थान।</translation>
    </message>
    <message>
        <source>A activates, V shows versions, F2 renames, E edits details, Ctrl+E exports, Delete deletes the selected model, C compares the selected models.</source>
        <translation>A सक्रिय करता है, V संस्करण दिखाता है, F2 नाम बदलता है, E विवरण संपादित करता है, Ctrl+E निर्यात करता है, Delete चुना गया मॉडल हटाता है, C चुने गए मॉडलों की तुलना करता है।</translation>
    </message>
    <message>
        <source>Search name, description, tags (Ctrl+F)</source>
        <translation>नाम, विवरण, टैग खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search saved models</source>
        <translation>सहेजे गए मॉडल खोजें</translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation>सिंबल फ़िल्टर</translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation>टाइमफ़्रेम फ़िल्टर</translation>
    </message>
    <message>
        <source>Model type filter</source>
        <translation>मॉडल प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>Active onl&amp;y</source>
        <translation>केवल सक्रिय (&amp;Y)</translation>
    </message>
    <message>
        <source>Show only the models that predict their symbol and timeframe</source>
        <translation>केवल वे मॉडल दिखाएँ जो अपने सिंबल और टाइमफ़्रेम की भविष्यवाणी करते हैं</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>सक्रिय करें (&amp;C)</translation>
    </message>
    <message>
        <source>Make the selected model the active one for its symbol and timeframe</source>
        <translation>चुने गए मॉडल को उसके सिंबल और टाइमफ़्रेम के लिए सक्रिय बनाएँ</translation>
    </message>
    <message>
        <source>Vers&amp;ions…</source>
        <translation>संस्करण (&amp;I)…</translation>
    </message>
    <message>
        <source>List the versions to roll back to an older one</source>
        <translation>किसी पुराने संस्करण पर रोलबैक करने के लिए संस्करणों की सूची देखें</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>नाम बदलें (&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the model and all its versions</source>
        <translation>मॉडल और उसके सभी संस्करणों का नाम बदलें</translation>
    </message>
    <message>
        <source>Edit Ta&amp;gs/Description…</source>
        <translation>टैग/विवरण संपादित करें (&amp;G)…</translation>
    </message>
    <message>
        <source>Edit the description and tags</source>
        <translation>विवरण और टैग संपादित करें</translation>
    </message>
    <message>
        <source>E&amp;xport / Save As…</source>
        <translation>निर्यात / इस रूप में सहेजें (&amp;X)…</translation>
    </message>
    <message>
        <source>Write the model file and its JSON sidecar to a folder</source>
        <translation>मॉडल फ़ाइल और उसकी JSON साइडकार फ़ाइल किसी फ़ोल्डर में लिखें</translation>
    </message>
    <message>
        <source>Retr&amp;ain…</source>
        <translation>पुनः प्रशिक्षित करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Queue a new version with the active version&apos;s settings</source>
        <translation>सक्रिय संस्करण की सेटिंग्स के साथ नया संस्करण कतार में जोड़ें</translation>
    </message>
    <message>
        <source>Delete This &amp;Version…</source>
        <translation>यह संस्करण हटाएँ (&amp;V)…</translation>
    </message>
    <message>
        <source>Delete the shown version and its file</source>
        <translation>दिखाया गया संस्करण और उसकी फ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Delete Model…</source>
        <translation>मॉडल हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the model with all its versions and files</source>
        <translation>मॉडल को उसके सभी संस्करणों और फ़ाइलों सहित हटाएँ</translation>
    </message>
    <message>
        <source>Co&amp;mpare / A/B Test…</source>
        <translation>तुलना / A/B टेस्ट (&amp;M)…</translation>
    </message>
    <message>
        <source>Compare the selected models (Ctrl+click to select several; one model with several versions compares its two newest) and A/B test two of them</source>
        <translation>चुने गए मॉडलों की तुलना करें (कई चुनने के लिए Ctrl+क्लिक; कई संस्करणों वाला एक मॉडल अपने दो नवीनतम की तुलना करता है) और उनमें से दो का A/B टेस्ट करें</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Delete one version or the whole model (asks first)</source>
        <translation>एक संस्करण या पूरा मॉडल हटाएँ (पहले पूछता है)</translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation>त्रुटि: सहेजे गए मॉडलों की सूची नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>सभी सिंबल</translation>
    </message>
    <message>
        <source>All timeframes</source>
        <translation>सभी टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Saved model names: %1; versions in all: %2.</source>
        <translation>सहेजे गए मॉडल नाम: %1; कुल संस्करण: %2।</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Open a workspace to see its saved models.</source>
        <translation>सहेजे गए मॉडल देखने के लिए कोई वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>No saved models yet.
Save a trained model from its card or after training, and it appears here.</source>
        <translation>अभी कोई सहेजा गया मॉडल नहीं है।
किसी प्रशिक्षित मॉडल को उसके कार्ड से या प्रशिक्षण के बाद सहेजें, और वह यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>No saved model matches the search and filters.</source>
        <translation>कोई सहेजा गया मॉडल खोज और फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Delete Version %1 Only…</source>
        <translation>केवल संस्करण %1 हटाएँ…</translation>
    </message>
</context>
<context>
    <name>modeldeck::ScheduledRetrain</name>
    <message>
        <source>Refreshing before scheduled retraining failed for: %1</source>
        <translation>शेड्यूल किए गए पुनः प्रशिक्षण से पहले रीफ़्रेश विफल रहा: %1</translation>
    </message>
    <message>
        <source>Scheduled retraining could not look for stale models: %1</source>
        <translation>शेड्यूल किया गया पुनः प्रशिक्षण पुराने मॉडल नहीं खोज सका: %1</translation>
    </message>
    <message>
        <source>Scheduled retraining failed: %1</source>
        <translation>शेड्यूल किया गया पुनः प्रशिक्षण विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining: no active model is older than %n hour(s).</source>
        <translation>
            <numerusform>शेड्यूल किया गया पुनः प्रशिक्षण: कोई सक्रिय मॉडल %n घंटे से पुराना नहीं है।</numerusform>
            <numerusform>शेड्यूल किया गया पुनः प्रशिक्षण: कोई सक्रिय मॉडल %n घंटों से पुराना नहीं है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining queued %n job(s)</source>
        <translation>
            <numerusform>शेड्यूल किए गए पुनः प्रशिक्षण ने %n जॉब कतार में जोड़ा</numerusform>
            <numerusform>शेड्यूल किए गए पुनः प्रशिक्षण ने %n जॉब कतार में जोड़े</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already queued</source>
        <translation>
            <numerusform>; %n पहले से कतार में</numerusform>
            <numerusform>; %n पहले से कतार में</numerusform>
        </translation>
    </message>
    <message>
        <source>; not retrained: %1</source>
        <translation>; पुनः प्रशिक्षित नहीं: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchService</name>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation>%1 %2 कैंडल लोड हो रही हैं</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) loaded</source>
        <translation>
            <numerusform>%n कैंडल लोड हुई</numerusform>
            <numerusform>%n कैंडल लोड हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming after %n recorded trial(s)</source>
        <translation>
            <numerusform>%n दर्ज ट्रायल के बाद फिर से शुरू</numerusform>
            <numerusform>%n दर्ज ट्रायल के बाद फिर से शुरू</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>रद्द किया गया: %1</translation>
    </message>
    <message>
        <source>No trial of the search completed.</source>
        <translation>खोज का कोई ट्रायल पूरा नहीं हुआ।</translation>
    </message>
    <message>
        <source>No trial of the search completed; the last failure: %1</source>
        <translation>खोज का कोई ट्रायल पूरा नहीं हुआ; अंतिम विफलता: %1</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Training the best configuration · %1</source>
        <translation>सर्वश्रेष्ठ कॉन्फ़िगरेशन का प्रशिक्षण · %1</translation>
    </message>
    <message>
        <source>Trial %1 · epoch %2 · validation loss %3</source>
        <translation>ट्रायल %1 · एपॉक %2 · सत्यापन लॉस %3</translation>
    </message>
    <message>
        <source>pruned: worse than the median of finished trials</source>
        <translation>प्रून किया गया: पूरे हुए ट्रायल के माध्यिका से खराब</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n finished trial(s): the search goes on when the queue resumes</source>
        <translation>
            <numerusform>%n ट्रायल पूरा होने के बाद रोका गया: कतार फिर शुरू होने पर खोज जारी रहेगी</numerusform>
            <numerusform>%n ट्रायल पूरे होने के बाद रोका गया: कतार फिर शुरू होने पर खोज जारी रहेगी</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial %1 of %2 · %3</source>
        <translation>ट्रायल %1 / %2 · %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpace</name>
    <message>
        <source>Search grid: points per axis must be from 1 to %1; got %2.</source>
        <translation>खोज ग्रिड: प्रति अक्ष बिंदु 1 से %1 तक होने चाहिए; मिला %2।</translation>
    </message>
    <message>
        <source>Search grid: %1 points per axis make more than %2 points (reached at “%3”); use fewer points per axis, fewer hyperparameters or a random or bayes search.</source>
        <translation>खोज ग्रिड: प्रति अक्ष %1 बिंदु से %2 से अधिक बिंदु बनते हैं (“%3” पर पहुँचा); प्रति अक्ष कम बिंदु, कम हाइपरपैरामीटर, या random या bayes खोज का उपयोग करें।</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a choice has &quot;type&quot; and &quot;values&quot;.</source>
        <translation>खोज स्पेस: “%1” में अज्ञात फ़ील्ड “%2” है; choice में &quot;type&quot; और &quot;values&quot; होते हैं।</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a range has &quot;type&quot;, &quot;low&quot;, &quot;high&quot; and &quot;log&quot;.</source>
        <translation>खोज स्पेस: “%1” में अज्ञात फ़ील्ड “%2” है; range में &quot;type&quot;, &quot;low&quot;, &quot;high&quot; और &quot;log&quot; होते हैं।</translation>
    </message>
    <message>
        <source>Search space: “%1” needs finite numbers &quot;low&quot; and &quot;high&quot;.</source>
        <translation>खोज स्पेस: “%1” को परिमित संख्याएँ &quot;low&quot; और &quot;high&quot; चाहिए।</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;log&quot; must be true or false.</source>
        <translation>खोज स्पेस: “%1”: &quot;log&quot; true या false होना चाहिए।</translation>
    </message>
    <message>
        <source>Search space: “%1”: an int range needs whole numbers &quot;low&quot; and &quot;high&quot; from %2 to %3.</source>
        <translation>खोज स्पेस: “%1”: int range को %2 से %3 तक की पूर्ण संख्याएँ &quot;low&quot; और &quot;high&quot; चाहिए।</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) is above &quot;high&quot; (%3).</source>
        <translation>खोज स्पेस: “%1”: &quot;low&quot; (%2), &quot;high&quot; (%3) से अधिक है।</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) must be below &quot;high&quot; (%3); leave a fixed value out of the space.</source>
        <translation>खोज स्पेस: “%1”: &quot;low&quot; (%2), &quot;high&quot; (%3) से कम होना चाहिए; स्थिर मान को स्पेस से बाहर रखें।</translation>
    </message>
    <message>
        <source>Search space: “%1”: the range is too wide to sample.</source>
        <translation>खोज स्पेस: “%1”: रेंज सैंपल करने के लिए बहुत चौड़ी है।</translation>
    </message>
    <message>
        <source>Search space: “%1”: a log-scale range needs &quot;low&quot; above 0; got %2.</source>
        <translation>खोज स्पेस: “%1”: लॉग-स्केल रेंज में &quot;low&quot; 0 से अधिक होना चाहिए; मिला %2।</translation>
    </message>
    <message>
        <source>Search space: “%1” needs &quot;values&quot;: an array of strings, numbers or booleans.</source>
        <translation>खोज स्पेस: “%1” को &quot;values&quot; चाहिए: स्ट्रिंग, संख्याओं या बूलियन का ऐरे।</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;values&quot; is empty.</source>
        <translation>खोज स्पेस: “%1”: &quot;values&quot; खाली है।</translation>
    </message>
    <message>
        <source>Search space: “%1” has %2 values; at most %3 are allowed.</source>
        <translation>खोज स्पेस: “%1” में %2 मान हैं; अधिकतम %3 की अनुमति है।</translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 is not a string, number or boolean.</source>
        <translation>खोज स्पेस: “%1”: मान %2 स्ट्रिंग, संख्या या बूलियन नहीं है।</translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 repeats an earlier value.</source>
        <translation>खोज स्पेस: “%1”: मान %2 पिछले किसी मान को दोहराता है।</translation>
    </message>
    <message>
        <source>Search space: “%1” must be an object with a &quot;type&quot;: real, int or choice.</source>
        <translation>खोज स्पेस: “%1” एक ऑब्जेक्ट होना चाहिए जिसमें &quot;type&quot; हो: real, int या choice।</translation>
    </message>
    <message>
        <source>Search space: “%1” needs a &quot;type&quot;: real, int or choice.</source>
        <translation>खोज स्पेस: “%1” को &quot;type&quot; चाहिए: real, int या choice।</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown type “%2”; use real, int or choice.</source>
        <translation>खोज स्पेस: “%1” का प्रकार “%2” अज्ञात है; real, int या choice का उपयोग करें।</translation>
    </message>
    <message>
        <source>Search space: %1 hyperparameters given; at most %2 can be searched at once.</source>
        <translation>खोज स्पेस: %1 हाइपरपैरामीटर दिए गए; एक साथ अधिकतम %2 खोजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>Search space: a hyperparameter&apos;s key is empty.</source>
        <translation>खोज स्पेस: किसी हाइपरपैरामीटर की कुंजी खाली है।</translation>
    </message>
    <message>
        <source>Search space: “%1” is not a hyperparameter that can be searched; valid keys are: %2.</source>
        <translation>खोज स्पेस: “%1” ऐसा हाइपरपैरामीटर नहीं है जिसे खोजा जा सके; मान्य कुंजियाँ: %2।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpec</name>
    <message>
        <source>Search settings: unknown key “%1”.</source>
        <translation>खोज सेटिंग्स: अज्ञात कुंजी “%1”।</translation>
    </message>
    <message>
        <source>Search settings: %1</source>
        <translation>खोज सेटिंग्स: %1</translation>
    </message>
    <message>
        <source>Search settings: trials must be a whole number from 0 to %1.</source>
        <translation>खोज सेटिंग्स: trials 0 से %1 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: seconds must be a whole number from 0 (no limit) to a year.</source>
        <translation>खोज सेटिंग्स: seconds 0 (कोई सीमा नहीं) से एक वर्ष तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: give a number of trials, a time budget in seconds, or both.</source>
        <translation>खोज सेटिंग्स: ट्रायल की संख्या, सेकंड में समय बजट, या दोनों दें।</translation>
    </message>
    <message>
        <source>Search settings: seed must be a whole number from 0 to 2^53.</source>
        <translation>खोज सेटिंग्स: seed 0 से 2^53 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: parallel must be a whole number from 0 (one per core) to 256.</source>
        <translation>खोज सेटिंग्स: parallel 0 (प्रति कोर एक) से 256 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: prune must be true or false.</source>
        <translation>खोज सेटिंग्स: prune true या false होना चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: space must be an object of parameter ranges.</source>
        <translation>खोज सेटिंग्स: space पैरामीटर रेंज का ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>Search settings: walk_forward must be an object.</source>
        <translation>खोज सेटिंग्स: walk_forward एक ऑब्जेक्ट होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialRepository</name>
    <message>
        <source>Internal error: only a finished, numbered trial can be recorded.</source>
        <translation>आंतरिक त्रुटि: केवल पूरा हुआ, क्रमांकित ट्रायल ही दर्ज किया जा सकता है।</translation>
    </message>
    <message>
        <source>Recording trial %1 of search job %2</source>
        <translation>खोज जॉब %2 का ट्रायल %1 दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Reading the trials of search job %1</source>
        <translation>खोज जॉब %1 के ट्रायल पढ़े जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialsModel</name>
    <message>
        <source>Complete</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>प्रून किया गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (सर्वश्रेष्ठ)</translation>
    </message>
    <message>
        <source>Stopped after epoch %1: its validation loss was worse than the median of the finished trials</source>
        <translation>एपॉक %1 के बाद रोका गया: इसका सत्यापन लॉस पूरे हुए ट्रायल के माध्यिका से खराब था</translation>
    </message>
    <message>
        <source>Validation skill of the deployed forecast (the model blended with persistence); higher is better, below 0 is worse than naive</source>
        <translation>तैनात पूर्वानुमान (परसिस्टेंस के साथ मिश्रित मॉडल) की सत्यापन स्किल; अधिक बेहतर है, 0 से कम नैव से खराब है</translation>
    </message>
    <message>
        <source>Validation skill of the model alone, before the blend</source>
        <translation>मिश्रण से पहले केवल मॉडल की सत्यापन स्किल</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>ट्रायल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>स्किल</translation>
    </message>
    <message>
        <source>Model skill</source>
        <translation>मॉडल स्किल</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
</context>
<context>
    <name>modeldeck::SettingsDialog</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>डेस्कटॉप सूचनाएँ दिखाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>वर्कस्पेस फ़ोल्डर</translation>
    </message>
    <message>
        <source>Folder with the workspace database and models; a new folder is created</source>
        <translation>वर्कस्पेस डेटाबेस और मॉडल वाला फ़ोल्डर; नया फ़ोल्डर बनाया जाता है</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>वर्कस्पेस फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>Another folder is opened when you press OK.</source>
        <translation>OK दबाने पर दूसरा फ़ोल्डर खुलता है।</translation>
    </message>
    <message>
        <source>Training jobs that run at the same time (1 to %1)</source>
        <translation>एक साथ चलने वाले प्रशिक्षण जॉब (1 से %1)</translation>
    </message>
    <message>
        <source>Concurrent training jobs</source>
        <translation>समवर्ती प्रशिक्षण जॉब</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>स्वतः</translation>
    </message>
    <message>
        <source>Torch threads per job; Auto is one, the fastest for ModelDeck&apos;s models, also beside other busy programs</source>
        <translation>प्रति जॉब Torch थ्रेड; स्वतः का अर्थ एक है, जो ModelDeck के मॉडलों के लिए सबसे तेज़ है, अन्य व्यस्त प्रोग्रामों के साथ भी</translation>
    </message>
    <message>
        <source>Torch threads per job</source>
        <translation>प्रति जॉब Torch थ्रेड</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Active models trained longer ago than this count as stale and are due for retraining</source>
        <translation>इससे अधिक पहले प्रशिक्षित सक्रिय मॉडल पुराने माने जाते हैं और पुनः प्रशिक्षण के लिए देय होते हैं</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>इतने घंटे बाद पुराना</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>समवर्ती जॉब (&amp;J):</translation>
    </message>
    <message>
        <source>Torch &amp;threads per job:</source>
        <translation>प्रति जॉब Torch थ्रेड (&amp;T):</translation>
    </message>
    <message>
        <source>Models are &amp;stale after:</source>
        <translation>मॉडल इतने समय बाद पुराने (&amp;S):</translation>
    </message>
    <message>
        <source>New alerts and training jobs that finish or fail, through the system tray where the desktop has one</source>
        <translation>नए अलर्ट और पूरे या विफल हुए प्रशिक्षण जॉब, सिस्टम ट्रे के माध्यम से जहाँ डेस्कटॉप में यह हो</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>Default hyperparameters (JSON)</source>
        <translation>डिफ़ॉल्ट हाइपरपैरामीटर (JSON)</translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults shown in grey, e.g. {&quot;epochs&quot;: 20, &quot;hidden_size&quot;: 32}. Empty uses the built-in defaults.</source>
        <translation>धूसर रंग में दिखाए गए अंतर्निहित डिफ़ॉल्ट को बदलने वाला JSON ऑब्जेक्ट, जैसे {&quot;epochs&quot;: 20, &quot;hidden_size&quot;: 32}। खाली होने पर अंतर्निहित डिफ़ॉल्ट उपयोग होते हैं।</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Defaults</source>
        <translation>अंतर्निहित डिफ़ॉल्ट उपयोग करें (&amp;B)</translation>
    </message>
    <message>
        <source>Clear this bot&apos;s overrides</source>
        <translation>इस बॉट के ओवरराइड साफ़ करें</translation>
    </message>
    <message>
        <source>B&amp;ot:</source>
        <translation>बॉट (&amp;O):</translation>
    </message>
    <message>
        <source>Default hyperparameters</source>
        <translation>डिफ़ॉल्ट हाइपरपैरामीटर</translation>
    </message>
    <message>
        <source>Training settings and hyperparameters back to the built-in defaults; the workspace folder stays</source>
        <translation>प्रशिक्षण सेटिंग्स और हाइपरपैरामीटर अंतर्निहित डिफ़ॉल्ट पर वापस; वर्कस्पेस फ़ोल्डर वही रहता है</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>पंक्ति %1, कॉलम %2: %3।</translation>
    </message>
    <message>
        <source>The hyperparameters must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation>हाइपरपैरामीटर {&quot;epochs&quot;: 20} जैसा JSON ऑब्जेक्ट होने चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n जॉब</numerusform>
            <numerusform>%n जॉब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n थ्रेड</numerusform>
            <numerusform>%n थ्रेड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 threads, more than the %n core(s) of this computer: lower the jobs or the threads.</source>
        <translation>
            <numerusform>%1 थ्रेड, इस कंप्यूटर के %n कोर से अधिक: जॉब या थ्रेड कम करें।</numerusform>
            <numerusform>%1 थ्रेड, इस कंप्यूटर के %n कोर से अधिक: जॉब या थ्रेड कम करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n core(s) of this computer. Thread changes apply after ModelDeck restarts.</source>
        <translation>
            <numerusform>इस कंप्यूटर के %n कोर में से %1। थ्रेड परिवर्तन ModelDeck के पुनः आरंभ होने के बाद लागू होते हैं।</numerusform>
            <numerusform>इस कंप्यूटर के %n कोर में से %1। थ्रेड परिवर्तन ModelDeck के पुनः आरंभ होने के बाद लागू होते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workspace folder.</source>
        <translation>कोई वर्कस्पेस फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>यह एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (अमान्य)</translation>
    </message>
    <message>
        <source>Also invalid: %1.</source>
        <translation>यह भी अमान्य: %1।</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>वर्कस्पेस फ़ोल्डर</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Applies after ModelDeck restarts.</source>
        <translation>ModelDeck के पुनः आरंभ होने के बाद लागू होती है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SkillWarning</name>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Warning: this model forecasts worse than repeating the last close on the test split (skill vs naive %1; its RMSE is %2 times that of the naive forecast).</source>
        <translation>चेतावनी: यह मॉडल टेस्ट डेटा पर अंतिम क्लोज़ को दोहराने से भी खराब पूर्वानुमान करता है (नैव की तुलना में स्किल %1; इसका RMSE नैव पूर्वानुमान का %2 गुना है)।</translation>
    </message>
    <message>
        <source>WORSE THAN NAIVE</source>
        <translation>नैव से खराब</translation>
    </message>
</context>
<context>
    <name>modeldeck::StaleRetrain</name>
    <message>
        <source>Refreshing before retraining failed for: %1</source>
        <translation>पुनः प्रशिक्षण से पहले रीफ़्रेश विफल रहा: %1</translation>
    </message>
    <message>
        <source>Could not look for stale models: %1</source>
        <translation>पुराने मॉडल नहीं खोजे जा सके: %1</translation>
    </message>
    <message>
        <source>No active model is older than %1 hours.</source>
        <translation>कोई सक्रिय मॉडल %1 घंटे से पुराना नहीं है।</translation>
    </message>
    <message>
        <source>Retrain Stale Models</source>
        <translation>पुराने मॉडल पुनः प्रशिक्षित करें</translation>
    </message>
    <message numerus="yes">
        <source>Models of %n series are older than %1 hours. Queue a new version of each?</source>
        <translation>
            <numerusform>%n सीरीज़ के मॉडल %1 घंटे से पुराने हैं। हर एक का नया संस्करण कतार में जोड़ें?</numerusform>
            <numerusform>%n सीरीज़ के मॉडल %1 घंटे से पुराने हैं। हर एक का नया संस्करण कतार में जोड़ें?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh their price data first (downloaded series only)</source>
        <translation>पहले उनका मूल्य डेटा रीफ़्रेश करें (केवल डाउनलोड की गई सीरीज़) (&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n retraining job(s).</source>
        <translation>
            <numerusform>%n पुनः प्रशिक्षण जॉब कतार में जोड़ा गया।</numerusform>
            <numerusform>%n पुनः प्रशिक्षण जॉब कतार में जोड़े गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::StepBreadcrumb</name>
    <message>
        <source>Training steps</source>
        <translation>प्रशिक्षण चरण</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>कोई जॉब नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>All steps done: %1.</source>
        <translation>सभी चरण पूरे: %1।</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, failed.</source>
        <translation>चरण %1 / %2: %3, विफल।</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, in progress.</source>
        <translation>चरण %1 / %2: %3, प्रगति पर।</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>पूर्ण: %1।</translation>
    </message>
</context>
<context>
    <name>modeldeck::Strategy</name>
    <message>
        <source>Strategy %1 has no parameter “%2”; its parameters are %3.</source>
        <translation>रणनीति %1 में कोई पैरामीटर “%2” नहीं है; इसके पैरामीटर हैं: %3।</translation>
    </message>
    <message>
        <source>Strategy %1: “%2” must be %3 from %4 to %5; got %6.</source>
        <translation>रणनीति %1: “%2” %4 से %5 तक %3 होना चाहिए; मिला %6।</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>Unknown strategy “%1”; use one of: %2.</source>
        <translation>अज्ञात रणनीति “%1”; इनमें से एक उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>Strategy %1 looks ahead: its signal at bar %2 is %3 with the bars after it and %4 without them (series cut after bar %5).</source>
        <translation>रणनीति %1 आगे देखती है: कैंडल %2 पर इसका सिग्नल बाद की कैंडल के साथ %3 और उनके बिना %4 है (सीरीज़ कैंडल %5 के बाद काटी गई)।</translation>
    </message>
    <message>
        <source>Long while the fast moving average of closes is above the slow one, short while below.</source>
        <translation>क्लोज़ का तेज़ मूविंग एवरेज धीमे से ऊपर रहने तक लॉन्ग, नीचे रहने तक शॉर्ट।</translation>
    </message>
    <message>
        <source>Long when the RSI falls below the lower level, short when it rises above the upper one; held in between.</source>
        <translation>RSI के निचले स्तर से नीचे गिरने पर लॉन्ग, ऊपरी स्तर से ऊपर जाने पर शॉर्ट; बीच में बनाए रखा जाता है।</translation>
    </message>
    <message>
        <source>Long on a close above the upper Bollinger band, short below the lower one; flat again when a close crosses the middle.</source>
        <translation>ऊपरी Bollinger बैंड के ऊपर क्लोज़ पर लॉन्ग, निचले बैंड के नीचे शॉर्ट; क्लोज़ के मध्य रेखा पार करने पर फिर से फ़्लैट।</translation>
    </message>
    <message>
        <source>Trades the reversal after a high-volume bar pierces the 20-bar low (or high) and the next candles close the other way.</source>
        <translation>उच्च वॉल्यूम वाली कैंडल के 20-कैंडल निम्न (या उच्च) को भेदने और अगली कैंडल के विपरीत दिशा में क्लोज़ होने के बाद उलटाव पर ट्रेड करती है।</translation>
    </message>
    <message>
        <source>Long when a registered model (--param model=NAME) forecasts a return above the threshold, short below minus it; no signal on bars up to the end of the model&apos;s training data.</source>
        <translation>जब कोई रजिस्टर्ड मॉडल (--param model=NAME) थ्रेशोल्ड से ऊपर रिटर्न का पूर्वानुमान करे तो लॉन्ग, उसके ऋणात्मक से नीचे हो तो शॉर्ट; मॉडल के प्रशिक्षण डेटा के अंत तक की कैंडलों पर कोई सिग्नल नहीं।</translation>
    </message>
    <message>
        <source>Strategy %1: “%2” must be a name or a whole-number id.</source>
        <translation>रणनीति %1: “%2” एक नाम या पूर्ण संख्या वाली ID होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyCurveChart</name>
    <message>
        <source>Strategy return (%)</source>
        <translation>रणनीति रिटर्न (%)</translation>
    </message>
    <message>
        <source>Equity curve</source>
        <translation>इक्विटी कर्व</translation>
    </message>
    <message>
        <source>Drawdown (%)</source>
        <translation>ड्रॉडाउन (%)</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Return at the end: %1</source>
        <translation>अंत में रिटर्न: %1</translation>
    </message>
    <message>
        <source>Deepest drawdown: %1</source>
        <translation>सबसे गहरा ड्रॉडाउन: %1</translation>
    </message>
    <message>
        <source>Run a backtest or train a strategy to see its curves.</source>
        <translation>कर्व देखने के लिए बैकटेस्ट चलाएँ या कोई रणनीति प्रशिक्षित करें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyForm</name>
    <message>
        <source>Commission</source>
        <translation>कमीशन</translation>
    </message>
    <message>
        <source>Commission per trade side, as a percentage of the traded value</source>
        <translation>प्रति ट्रेड पक्ष कमीशन, ट्रेड किए गए मूल्य के प्रतिशत के रूप में</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>स्लिपेज</translation>
    </message>
    <message>
        <source>Slippage per trade side, as a percentage of the price</source>
        <translation>प्रति ट्रेड पक्ष स्लिपेज, कीमत के प्रतिशत के रूप में</translation>
    </message>
    <message>
        <source>Allow short positions</source>
        <translation>शॉर्ट पोज़िशन की अनुमति दें</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>The series to backtest and train on</source>
        <translation>बैकटेस्ट और प्रशिक्षण के लिए सीरीज़</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Timeframes this symbol has bars for</source>
        <translation>वे टाइमफ़्रेम जिनके लिए इस सिंबल के कैंडल हैं</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>रणनीति</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>The score training maximises</source>
        <translation>वह स्कोर जिसे प्रशिक्षण अधिकतम करता है</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>ऑप्टिमाइज़र</translation>
    </message>
    <message>
        <source>How training picks the parameters to try: TPE learns from the backtests so far, random draws, grid walks an even grid</source>
        <translation>प्रशिक्षण आज़माने के लिए पैरामीटर कैसे चुनता है: TPE अब तक के बैकटेस्ट से सीखता है, रैंडम यादृच्छिक चुनता है, ग्रिड एक समान ग्रिड पर चलता है</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Backtests per search (each walk-forward fold searches again)</source>
        <translation>प्रति खोज बैकटेस्ट (हर वॉक-फ़ॉरवर्ड फ़ोल्ड फिर से खोजता है)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Walk-forward train days</source>
        <translation>वॉक-फ़ॉरवर्ड प्रशिक्षण दिन</translation>
    </message>
    <message>
        <source>Days each walk-forward fold searches on (0: no walk-forward)</source>
        <translation>वे दिन जिन पर हर वॉक-फ़ॉरवर्ड फ़ोल्ड खोजता है (0: वॉक-फ़ॉरवर्ड नहीं)</translation>
    </message>
    <message>
        <source>Walk-forward test days</source>
        <translation>वॉक-फ़ॉरवर्ड टेस्ट दिन</translation>
    </message>
    <message>
        <source>Days each fold&apos;s best parameters are tested on, after its train days (0: no walk-forward)</source>
        <translation>प्रशिक्षण दिनों के बाद वे दिन जिन पर हर फ़ोल्ड के सबसे अच्छे पैरामीटर टेस्ट होते हैं (0: वॉक-फ़ॉरवर्ड नहीं)</translation>
    </message>
    <message>
        <source>Sell signals open short positions instead of going flat</source>
        <translation>बिक्री संकेत फ़्लैट होने के बजाय शॉर्ट पोज़िशन खोलते हैं</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>सिंबल (&amp;Y):</translation>
    </message>
    <message>
        <source>T&amp;imeframe:</source>
        <translation>टाइमफ़्रेम (&amp;I):</translation>
    </message>
    <message>
        <source>Strate&amp;gy:</source>
        <translation>रणनीति (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>उद्देश्य (&amp;O):</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>ऑप्टिमाइज़र (&amp;Z):</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>बजट (&amp;U):</translation>
    </message>
    <message>
        <source>Train &amp;window:</source>
        <translation>प्रशिक्षण विंडो (&amp;W):</translation>
    </message>
    <message>
        <source>Test window:</source>
        <translation>टेस्ट विंडो:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>कमीशन:</translation>
    </message>
    <message>
        <source>Slippage:</source>
        <translation>स्लिपेज:</translation>
    </message>
    <message>
        <source>Parameters for a backtest:</source>
        <translation>बैकटेस्ट के लिए पैरामीटर:</translation>
    </message>
    <message>
        <source>%1 (%2 bars)</source>
        <translation>%1 (%2 कैंडल)</translation>
    </message>
    <message>
        <source>This workspace has no price series yet: import a CSV file or download bars first.</source>
        <translation>इस वर्कस्पेस में अभी कोई मूल्य सीरीज़ नहीं है: पहले कोई CSV फ़ाइल आयात करें या कैंडल डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Choose a symbol and a timeframe.</source>
        <translation>एक सिंबल और एक टाइमफ़्रेम चुनें।</translation>
    </message>
    <message>
        <source>Choose a strategy.</source>
        <translation>एक रणनीति चुनें।</translation>
    </message>
    <message>
        <source>Walk-forward needs both a train and a test window (or neither): set both above 0 days, or both to off.</source>
        <translation>वॉक-फ़ॉरवर्ड को प्रशिक्षण और टेस्ट दोनों विंडो चाहिए (या कोई नहीं): दोनों को 0 दिन से ऊपर सेट करें, या दोनों को बंद करें।</translation>
    </message>
    <message>
        <source>%1 %2 spans %3 days; a walk-forward fold needs the train and test windows, %4 days. Shorten them or turn walk-forward off.</source>
        <translation>%1 %2 %3 दिनों तक फैली है; एक वॉक-फ़ॉरवर्ड फ़ोल्ड को प्रशिक्षण और टेस्ट विंडो, %4 दिन, चाहिए। उन्हें छोटा करें या वॉक-फ़ॉरवर्ड बंद करें।</translation>
    </message>
    <message>
        <source>TPE starts with %1 random backtests, so a budget of %2 never uses its model: raise the budget or choose Random.</source>
        <translation>TPE %1 रैंडम बैकटेस्ट से शुरू होता है, इसलिए %2 का बजट कभी उसके मॉडल का उपयोग नहीं करता: बजट बढ़ाएँ या रैंडम चुनें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyJobProgress</name>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>total return</source>
        <translation>कुल रिटर्न</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Calmar</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <source>profit factor</source>
        <translation>प्रॉफ़िट फ़ैक्टर</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>जीत दर</translation>
    </message>
    <message>
        <source>max drawdown</source>
        <translation>अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source> · best %1 %2</source>
        <translation> · सर्वश्रेष्ठ %1 %2</translation>
    </message>
    <message>
        <source>Loading bars</source>
        <translation>कैंडल लोड हो रहे हैं</translation>
    </message>
    <message>
        <source>Iteration %1/%2</source>
        <translation>पुनरावृत्ति %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2 · iteration %3/%4</source>
        <translation>फ़ोल्ड %1/%2 · पुनरावृत्ति %3/%4</translation>
    </message>
    <message>
        <source>Saving the result</source>
        <translation>परिणाम सहेजा जा रहा है</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyJobsView</name>
    <message>
        <source>Re-run with Same Config</source>
        <translation>उसी कॉन्फ़िगरेशन से फिर चलाएँ</translation>
    </message>
    <message>
        <source>Open Result</source>
        <translation>परिणाम खोलें</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>जॉब</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>रणनीति</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>ऑप्टिमाइज़र</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>वॉक-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में जोड़ा गया</translation>
    </message>
    <message>
        <source>Recent strategy jobs</source>
        <translation>हाल के रणनीति जॉब</translation>
    </message>
    <message>
        <source>Queue the same training again: series, strategy, objective, optimizer, budget, windows and costs</source>
        <translation>वही प्रशिक्षण फिर से कतार में जोड़ें: सीरीज़, रणनीति, उद्देश्य, ऑप्टिमाइज़र, बजट, विंडो और लागत</translation>
    </message>
    <message>
        <source>Show a completed job&apos;s result (Enter)</source>
        <translation>पूर्ण जॉब का परिणाम दिखाएँ (Enter)</translation>
    </message>
    <message>
        <source>Could not load the strategy jobs: %1</source>
        <translation>रणनीति जॉब लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 दिन</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>No strategy jobs yet: Train Strategy queues one.</source>
        <translation>अभी कोई रणनीति जॉब नहीं: “रणनीति प्रशिक्षित करें” एक जॉब कतार में जोड़ता है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyOptimizer</name>
    <message>
        <source>Walk-forward with %1 train and %2 test days gives more than %3 folds; use longer test windows.</source>
        <translation>%1 प्रशिक्षण और %2 टेस्ट दिनों के साथ वॉक-फ़ॉरवर्ड %3 से अधिक फ़ोल्ड देता है; लंबी टेस्ट विंडो उपयोग करें।</translation>
    </message>
    <message>
        <source>Walk-forward with %1 train and %2 test days does not fit in %3 days of bars.</source>
        <translation>%1 प्रशिक्षण और %2 टेस्ट दिनों के साथ वॉक-फ़ॉरवर्ड कैंडल के %3 दिनों में नहीं समाता।</translation>
    </message>
    <message>
        <source>Strategy training cancelled: %1</source>
        <translation>रणनीति प्रशिक्षण रद्द किया गया: %1</translation>
    </message>
    <message>
        <source>No backtest of %1 succeeded: %2</source>
        <translation>%1 का कोई बैकटेस्ट सफल नहीं हुआ: %2</translation>
    </message>
    <message>
        <source>the search proposed nothing.</source>
        <translation>खोज ने कुछ भी प्रस्तावित नहीं किया।</translation>
    </message>
    <message>
        <source>Strategy training needs at least 3 bars; the series has %1.</source>
        <translation>रणनीति प्रशिक्षण के लिए कम से कम 3 कैंडल चाहिए; सीरीज़ में %1 हैं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyParamTable</name>
    <message>
        <source>Parameter</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Strategy parameters</source>
        <translation>रणनीति पैरामीटर</translation>
    </message>
    <message>
        <source>Parameters of a plain backtest; training searches their ranges</source>
        <translation>सामान्य बैकटेस्ट के पैरामीटर; प्रशिक्षण उनकी सीमाओं में खोजता है</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Strategy training progress</source>
        <translation>रणनीति प्रशिक्षण की प्रगति</translation>
    </message>
    <message>
        <source>Strategy training steps</source>
        <translation>रणनीति प्रशिक्षण के चरण</translation>
    </message>
    <message>
        <source>Stop the training; nothing is saved (Esc)</source>
        <translation>प्रशिक्षण रोकें; कुछ भी सहेजा नहीं जाता (Esc)</translation>
    </message>
    <message>
        <source>Iteration:</source>
        <translation>इटरेशन:</translation>
    </message>
    <message>
        <source>Best objective:</source>
        <translation>सबसे अच्छा उद्देश्य:</translation>
    </message>
    <message>
        <source>Fold:</source>
        <translation>फ़ोल्ड:</translation>
    </message>
    <message>
        <source>Current objective:</source>
        <translation>वर्तमान उद्देश्य:</translation>
    </message>
    <message>
        <source>Best parameters:</source>
        <translation>सबसे अच्छे पैरामीटर:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyResultsView</name>
    <message>
        <source>Trades</source>
        <translation>ट्रेड</translation>
    </message>
    <message>
        <source>Walk-forward folds</source>
        <translation>वॉक-फ़ॉरवर्ड फ़ोल्ड</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>रणनीति</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>खरीदें और रखें</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Buy and hold is what holding the symbol through the same bars returned, without costs; only its return and CAGR are known</source>
        <translation>खरीदें और रखें वह है जो उन्हीं कैंडल में सिंबल को बिना लागत के रखने से मिलता; केवल इसका रिटर्न और CAGR ज्ञात हैं</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>कुल रिटर्न</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Calmar</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>प्रॉफ़िट फ़ैक्टर</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>जीत दर</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>एक्सपोज़र</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रवेश</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>प्रवेश मूल्य</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>निकास</translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation>निकास मूल्य</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>कैंडल</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>वॉक-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <source>Choose a series and a strategy, then run a backtest (Ctrl+B) or train the strategy (Ctrl+Return).</source>
        <translation>एक सीरीज़ और एक रणनीति चुनें, फिर बैकटेस्ट चलाएँ (Ctrl+B) या रणनीति प्रशिक्षित करें (Ctrl+Return)।</translation>
    </message>
    <message>
        <source>Above buy and hold over the same bars</source>
        <translation>उन्हीं कैंडल पर खरीदें और रखें से ऊपर</translation>
    </message>
    <message>
        <source>Not above buy and hold over the same bars</source>
        <translation>उन्हीं कैंडल पर खरीदें और रखें से ऊपर नहीं</translation>
    </message>
    <message>
        <source>long</source>
        <translation>लॉन्ग</translation>
    </message>
    <message>
        <source>short</source>
        <translation>शॉर्ट</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (खुला)</translation>
    </message>
    <message>
        <source>Trades (%1)</source>
        <translation>ट्रेड (%1)</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>फ़ोल्ड</translation>
    </message>
    <message>
        <source>Train from</source>
        <translation>प्रशिक्षण से</translation>
    </message>
    <message>
        <source>Test from</source>
        <translation>टेस्ट से</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>टेस्ट तक</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>टेस्ट %1</translation>
    </message>
    <message>
        <source>Test return</source>
        <translation>टेस्ट रिटर्न</translation>
    </message>
    <message>
        <source>No walk-forward folds: set train and test windows to validate the training on bars it did not search.</source>
        <translation>कोई वॉक-फ़ॉरवर्ड फ़ोल्ड नहीं: प्रशिक्षण को उन कैंडल पर सत्यापित करने के लिए जिन्हें उसने नहीं खोजा, प्रशिक्षण और टेस्ट विंडो सेट करें।</translation>
    </message>
    <message>
        <source>Each fold searched its train window only and was tested on the days after it.</source>
        <translation>हर फ़ोल्ड ने केवल अपनी प्रशिक्षण विंडो में खोजा और उसके बाद के दिनों पर टेस्ट किया गया।</translation>
    </message>
    <message>
        <source>Walk-forward (%1)</source>
        <translation>वॉक-फ़ॉरवर्ड (%1)</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyService</name>
    <message>
        <source>%1 %2 has %3 bars; a backtest needs at least 3.</source>
        <translation>%1 %2 में %3 कैंडल हैं; बैकटेस्ट के लिए कम से कम 3 चाहिए।</translation>
    </message>
    <message>
        <source>There is no strategy configuration “%1”.</source>
        <translation>कोई रणनीति कॉन्फ़िगरेशन “%1” नहीं है।</translation>
    </message>
    <message>
        <source>A strategy configuration needs a name of 1 to 200 characters.</source>
        <translation>रणनीति कॉन्फ़िगरेशन का नाम 1 से 200 वर्णों का होना चाहिए।</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>The job for %1 %2 (%3) is not a strategy training job.</source>
        <translation>%1 %2 (%3) का जॉब रणनीति प्रशिक्षण जॉब नहीं है।</translation>
    </message>
    <message>
        <source>The strategy job&apos;s settings are not valid: %1</source>
        <translation>रणनीति जॉब की सेटिंग्स मान्य नहीं हैं: %1</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>जॉब %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Job %1 trains a model, not a strategy: it has no strategy result.</source>
        <translation>जॉब %1 मॉडल प्रशिक्षित करता है, रणनीति नहीं: इसका कोई रणनीति परिणाम नहीं है।</translation>
    </message>
    <message>
        <source>Strategy job %1 has not finished yet.</source>
        <translation>रणनीति जॉब %1 अभी पूरा नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Strategy job %1 failed; it has no result: %2</source>
        <translation>रणनीति जॉब %1 विफल रहा; इसका कोई परिणाम नहीं है: %2</translation>
    </message>
    <message>
        <source>Strategy job %1 was stopped before it finished; it has no result.</source>
        <translation>रणनीति जॉब %1 पूरा होने से पहले रोक दिया गया; इसका कोई परिणाम नहीं है।</translation>
    </message>
    <message>
        <source>Strategy job %1 completed but stored no result.</source>
        <translation>रणनीति जॉब %1 पूरा हुआ लेकिन कोई परिणाम नहीं सहेजा।</translation>
    </message>
    <message>
        <source>The result of strategy job %1 cannot be read: %2</source>
        <translation>रणनीति जॉब %1 का परिणाम पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Backtesting the best parameters of strategy job %1 again failed: %2</source>
        <translation>रणनीति जॉब %1 के सर्वश्रेष्ठ पैरामीटर का दोबारा बैकटेस्ट विफल रहा: %2</translation>
    </message>
    <message>
        <source>Strategy cancelled: %1</source>
        <translation>रणनीति रद्द की गई: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyStudioPage</name>
    <message>
        <source>Name of the strategy configuration:</source>
        <translation>रणनीति कॉन्फ़िगरेशन का नाम:</translation>
    </message>
    <message>
        <source>Save Strategy</source>
        <translation>रणनीति सहेजें</translation>
    </message>
    <message>
        <source>&amp;Backtest</source>
        <translation>बैकटेस्ट (&amp;B)</translation>
    </message>
    <message>
        <source>Trai&amp;n Strategy</source>
        <translation>रणनीति प्रशिक्षित करें (&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;Configuration…</source>
        <translation>कॉन्फ़िगरेशन सहेजें… (&amp;C)</translation>
    </message>
    <message>
        <source>Backtest the strategy with the parameters in the table (Ctrl+B)</source>
        <translation>तालिका के पैरामीटर से रणनीति का बैकटेस्ट करें (Ctrl+B)</translation>
    </message>
    <message>
        <source>Search the strategy&apos;s parameters for the best objective, then validate them walk-forward (Ctrl+Return)</source>
        <translation>सबसे अच्छे उद्देश्य के लिए रणनीति के पैरामीटर खोजें, फिर उन्हें वॉक-फ़ॉरवर्ड सत्यापित करें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save the last training&apos;s best parameters under a name</source>
        <translation>पिछले प्रशिक्षण के सबसे अच्छे पैरामीटर एक नाम से सहेजें</translation>
    </message>
    <message>
        <source>Saved configurations</source>
        <translation>सहेजे गए कॉन्फ़िगरेशन</translation>
    </message>
    <message>
        <source>Open a workspace to backtest strategies.</source>
        <translation>रणनीतियों का बैकटेस्ट करने के लिए एक वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>Backtest failed: %1</source>
        <translation>बैकटेस्ट विफल: %1</translation>
    </message>
    <message>
        <source>Backtest of %1 on %2 %3</source>
        <translation>%2 %3 पर %1 का बैकटेस्ट</translation>
    </message>
    <message>
        <source>Backtested %1 on %2 %3.</source>
        <translation>%2 %3 पर %1 का बैकटेस्ट किया गया।</translation>
    </message>
    <message>
        <source>Training %1 on %2 %3 (%4, %5, budget %6)</source>
        <translation>%2 %3 पर %1 का प्रशिक्षण (%4, %5, बजट %6)</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>प्रशिक्षण रद्द; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>प्रशिक्षण विफल: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message numerus="yes">
        <source>Best of %n backtest(s) for %1 on %2 %3, shown over the whole series:</source>
        <translation>
            <numerusform>%2 %3 पर %1 के %n बैकटेस्ट में सबसे अच्छा, पूरी सीरीज़ पर दिखाया गया:</numerusform>
            <numerusform>%2 %3 पर %1 के %n बैकटेस्ट में सबसे अच्छा, पूरी सीरीज़ पर दिखाया गया:</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained %1 on %2 %3: best %4 %5 with %6.</source>
        <translation>%2 %3 पर %1 प्रशिक्षित: %6 के साथ सबसे अच्छा %4 %5।</translation>
    </message>
    <message>
        <source>A configuration needs a name.</source>
        <translation>कॉन्फ़िगरेशन को एक नाम चाहिए।</translation>
    </message>
    <message>
        <source>“%1” is taken by another saved configuration; choose another name.</source>
        <translation>“%1” किसी दूसरे सहेजे गए कॉन्फ़िगरेशन का नाम है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1” सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved the strategy configuration “%1”.</source>
        <translation>रणनीति कॉन्फ़िगरेशन “%1” सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved configuration “%1”: %2 on %3 %4</source>
        <translation>सहेजा गया कॉन्फ़िगरेशन “%1”: %3 %4 पर %2</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>“%1” खोला गया।</translation>
    </message>
    <message>
        <source>Recent strategy jobs</source>
        <translation>हाल के रणनीति जॉब</translation>
    </message>
    <message>
        <source>The same strategy training is already queued as job %1; following it.</source>
        <translation>वही रणनीति प्रशिक्षण पहले से जॉब %1 के रूप में कतार में है; उसी का अनुसरण किया जा रहा है।</translation>
    </message>
    <message>
        <source>Queued the strategy training as job %1.</source>
        <translation>रणनीति प्रशिक्षण को जॉब %1 के रूप में कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>The strategy training was not queued: %1</source>
        <translation>रणनीति प्रशिक्षण कतार में नहीं जोड़ा गया: %1</translation>
    </message>
    <message>
        <source>A strategy training is running; cancel it or wait for it first.</source>
        <translation>एक रणनीति प्रशिक्षण चल रहा है; पहले उसे रद्द करें या उसकी प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>Could not load strategy job %1&apos;s result: %2</source>
        <translation>रणनीति जॉब %1 का परिणाम लोड नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>Opened the result of strategy job %1.</source>
        <translation>रणनीति जॉब %1 का परिणाम खोला गया।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe अनुपात</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Sortino अनुपात</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>कुल रिटर्न</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Calmar अनुपात</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>प्रॉफ़िट फ़ैक्टर</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>जीत दर</translation>
    </message>
    <message>
        <source>Smallest max drawdown</source>
        <translation>सबसे छोटा अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation>TPE (बेज़ियन)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>रैंडम</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>ऑप्टिमाइज़</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyTrainSpec</name>
    <message>
        <source>The budget must be from 1 to %1 backtests; got %2.</source>
        <translation>बजट 1 से %1 बैकटेस्ट होना चाहिए; मिला %2।</translation>
    </message>
    <message>
        <source>Walk-forward needs both train and test days above 0 (or neither); got %1 and %2.</source>
        <translation>वॉक-फ़ॉरवर्ड के लिए प्रशिक्षण और टेस्ट दिन दोनों 0 से अधिक होने चाहिए (या कोई नहीं); मिले %1 और %2।</translation>
    </message>
    <message>
        <source>Commission and slippage are fractions per side from 0 to below 1, e.g. 0.001 for 0.1 %.</source>
        <translation>कमीशन और स्लिपेज प्रति पक्ष 0 से 1 से कम तक के भिन्न हैं, जैसे 0.1 % के लिए 0.001।</translation>
    </message>
    <message>
        <source>A strategy training&apos;s seed must be a whole number of 0 or more.</source>
        <translation>रणनीति प्रशिक्षण का seed 0 या उससे अधिक पूर्ण संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>The stored strategy training result has no best parameters and objective.</source>
        <translation>सहेजे गए रणनीति प्रशिक्षण परिणाम में सर्वश्रेष्ठ पैरामीटर और उद्देश्य नहीं हैं।</translation>
    </message>
    <message>
        <source>Strategy %1 needs the parameter “%2” (--param %2=…); it is fixed, never searched.</source>
        <translation>रणनीति %1 को पैरामीटर “%2” चाहिए (--param %2=…); यह स्थिर है, कभी खोजा नहीं जाता।</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyTrainingRun</name>
    <message>
        <source>Strategy Studio closed</source>
        <translation>रणनीति स्टूडियो बंद हुआ</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>उपयोगकर्ता द्वारा रद्द</translation>
    </message>
    <message>
        <source>The workspace was closed while strategy job %1 ran.</source>
        <translation>रणनीति जॉब %1 चलते समय वर्कस्पेस बंद कर दिया गया।</translation>
    </message>
    <message>
        <source>The queue is paused: resume it to train.</source>
        <translation>कतार रुकी हुई है: प्रशिक्षण के लिए इसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Strategy job %1 was removed from the queue before it started.</source>
        <translation>रणनीति जॉब %1 शुरू होने से पहले कतार से हटा दिया गया।</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Strategy job %1 did not finish.</source>
        <translation>रणनीति जॉब %1 पूरा नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolListModel</name>
    <message>
        <source>%1: %2 bars, %3 – %4</source>
        <translation>%1: %2 कैंडल, %3 – %4</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>एक्सचेंज</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>कैंडल</translation>
    </message>
    <message>
        <source>First bar</source>
        <translation>पहली कैंडल</translation>
    </message>
    <message>
        <source>Last bar</source>
        <translation>अंतिम कैंडल</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n घंटा पहले</numerusform>
            <numerusform>%n घंटे पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>downloaded from %1</source>
        <translation>%1 से डाउनलोड किया गया</translation>
    </message>
    <message>
        <source>resampled from %1</source>
        <translation>%1 से रीसैंपल किया गया</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 से आयात किया गया</translation>
    </message>
    <message>
        <source>%1: never imported or downloaded (resampled)</source>
        <translation>%1: कभी आयात या डाउनलोड नहीं किया गया (रीसैंपल किया गया)</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>अंतिम रीफ़्रेश</translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolsPage</name>
    <message>
        <source>Symbols</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>No price history yet.

Import a CSV file with File ▸ Import CSV… (Ctrl+I), drop files onto this window, or download prices with Data ▸ Download….</source>
        <translation>अभी कोई मूल्य इतिहास नहीं है।

फ़ाइल ▸ CSV आयात करें… (Ctrl+I) से CSV फ़ाइल आयात करें, फ़ाइलें इस विंडो पर छोड़ें, या डेटा ▸ डाउनलोड करें… से मूल्य डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation>वर्कस्पेस खुल रहा है…</translation>
    </message>
</context>
<context>
    <name>modeldeck::Timeframe</name>
    <message>
        <source>“%1” is not a timeframe; use for example 5m, 15m, 1h, 1d or 1w.</source>
        <translation>“%1” कोई टाइमफ़्रेम नहीं है; उदाहरण के लिए 5m, 15m, 1h, 1d या 1w का उपयोग करें।</translation>
    </message>
    <message>
        <source>Timeframe “%1” is out of range; it must be between 1m and 1w.</source>
        <translation>टाइमफ़्रेम “%1” सीमा से बाहर है; यह 1m और 1w के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>Cannot detect the timeframe from fewer than two distinct timestamps; choose it explicitly.</source>
        <translation>दो से कम अलग-अलग टाइमस्टैम्प से टाइमफ़्रेम का पता नहीं लगाया जा सकता; इसे स्पष्ट रूप से चुनें।</translation>
    </message>
    <message>
        <source>The rows are %1 seconds apart, which is not a supported timeframe (1 minute to 1 week); choose the timeframe explicitly.</source>
        <translation>पंक्तियों के बीच %1 सेकंड का अंतर है, जो समर्थित टाइमफ़्रेम (1 मिनट से 1 सप्ताह) नहीं है; टाइमफ़्रेम स्पष्ट रूप से चुनें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainModelDialog</name>
    <message>
        <source>Train Model</source>
        <translation>मॉडल प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>The series to train on</source>
        <translation>प्रशिक्षण के लिए सीरीज़</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ़्रेम</translation>
    </message>
    <message>
        <source>Timeframes this symbol has bars for</source>
        <translation>वे टाइमफ़्रेम जिनके लिए इस सिंबल की कैंडल हैं</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>बॉट</translation>
    </message>
    <message>
        <source>The model type to train</source>
        <translation>प्रशिक्षित किया जाने वाला मॉडल प्रकार</translation>
    </message>
    <message>
        <source>Horizon in bars</source>
        <translation>कैंडल में होराइज़न</translation>
    </message>
    <message>
        <source>How many bars ahead the model predicts the close</source>
        <translation>मॉडल कितनी कैंडल आगे का क्लोज़ बताता है</translation>
    </message>
    <message>
        <source> bar(s) ahead</source>
        <translation> कैंडल आगे</translation>
    </message>
    <message>
        <source>Hyperparameters (JSON)</source>
        <translation>हाइपरपैरामीटर (JSON)</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>प्रशिक्षण सारांश</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>सिंबल (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>टाइमफ़्रेम (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Bot:</source>
        <translation>बॉट (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>होराइज़न (&amp;H):</translation>
    </message>
    <message>
        <source>Hyper&amp;parameters:</source>
        <translation>हाइपरपैरामीटर (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>प्रशिक्षित करें (&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2 bars)</source>
        <translation>%1 (%2 कैंडल)</translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults of %1, e.g. {&quot;epochs&quot;: 20}. Pre-filled with the defaults from Settings; empty uses the built-in defaults.</source>
        <translation>%1 के अंतर्निहित डिफ़ॉल्ट को बदलने वाला JSON ऑब्जेक्ट, जैसे {&quot;epochs&quot;: 20}। सेटिंग्स के डिफ़ॉल्ट से पहले से भरा; खाली होने पर अंतर्निहित डिफ़ॉल्ट उपयोग होते हैं।</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>पहले कोई वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>This workspace has no price history yet: import a CSV file or download bars first.</source>
        <translation>इस वर्कस्पेस में अभी कोई मूल्य इतिहास नहीं है: पहले CSV फ़ाइल आयात करें या कैंडल डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Choose a symbol and a timeframe.</source>
        <translation>सिंबल और टाइमफ़्रेम चुनें।</translation>
    </message>
    <message>
        <source>Hyperparameters: %1</source>
        <translation>हाइपरपैरामीटर: %1</translation>
    </message>
    <message>
        <source>%1 %2 has %3 bars; %4 with a lookback of %5 and a horizon of %6 needs at least %7.</source>
        <translation>%1 %2 में %3 कैंडल हैं; %5 के लुकबैक और %6 के होराइज़न वाले %4 को कम से कम %7 चाहिए।</translation>
    </message>
    <message>
        <source>Trains %1 on %2 %3 next, ahead of queued auto-train jobs. When it finishes you choose whether to save the model under a name or discard it.</source>
        <translation>%2 %3 पर %1 को अगले क्रम में प्रशिक्षित करता है, कतार में लगे ऑटो-प्रशिक्षण जॉब से पहले। पूरा होने पर आप चुनते हैं कि मॉडल को किसी नाम से सहेजें या त्याग दें।</translation>
    </message>
    <message>
        <source>The job was not queued: %1</source>
        <translation>जॉब कतार में नहीं जोड़ा गया: %1</translation>
    </message>
    <message>
        <source>The same manual training of %1 %2 %3 is already queued.</source>
        <translation>%1 %2 %3 का यही मैनुअल प्रशिक्षण पहले से कतार में है।</translation>
    </message>
    <message>
        <source>Queued manual training of %1 %2 %3.</source>
        <translation>%1 %2 %3 का मैनुअल प्रशिक्षण कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>The queue is paused: resume it to train.</source>
        <translation>कतार रुकी हुई है: प्रशिक्षण के लिए इसे फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainedConfigurationRepository</name>
    <message>
        <source>A strategy configuration named “%1” already exists (id %2); choose another name or delete it first.</source>
        <translation>“%1” नाम का रणनीति कॉन्फ़िगरेशन पहले से मौजूद है (id %2); कोई अन्य नाम चुनें या पहले उसे हटाएँ।</translation>
    </message>
    <message>
        <source>Saving strategy configuration “%1”</source>
        <translation>रणनीति कॉन्फ़िगरेशन “%1” सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Reading strategy configuration %1</source>
        <translation>रणनीति कॉन्फ़िगरेशन %1 पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Listing strategy configurations</source>
        <translation>रणनीति कॉन्फ़िगरेशन सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Deleting strategy configuration %1</source>
        <translation>रणनीति कॉन्फ़िगरेशन %1 हटाया जा रहा है</translation>
    </message>
    <message>
        <source>There is no strategy configuration %1 in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई रणनीति कॉन्फ़िगरेशन %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::Trainer</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>रद्द किया गया: %1</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>भविष्यवाणी विफल: %1</translation>
    </message>
    <message>
        <source>Training failed in LibTorch: %1</source>
        <translation>LibTorch में प्रशिक्षण विफल: %1</translation>
    </message>
    <message>
        <source>Training ran out of memory; use a smaller batch size, hidden size or lookback.</source>
        <translation>प्रशिक्षण में मेमोरी समाप्त हो गई; छोटा batch size, hidden size या लुकबैक उपयोग करें।</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>प्रशिक्षण विफल: %1</translation>
    </message>
    <message>
        <source>Persistence baseline</source>
        <translation>परसिस्टेंस बेसलाइन</translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation>मॉडल का लुकबैक (%1) फ़ीचर के लुकबैक (%2) से भिन्न है।</translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 at epoch %2, batch %3. Try a lower learning rate or stronger gradient clipping.</source>
        <translation>प्रशिक्षण डाइवर्ज हो गया: एपॉक %2, बैच %3 पर लॉस %1 हो गया। कम लर्निंग रेट या अधिक सख्त ग्रेडिएंट क्लिपिंग आज़माएँ।</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5</source>
        <translation>एपॉक %1/%2 · बैच %3/%4 · लॉस %5</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · train loss %3 · validation loss %4</source>
        <translation>एपॉक %1/%2 · प्रशिक्षण लॉस %3 · सत्यापन लॉस %4</translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation>टेस्ट डेटा पर मूल्यांकन</translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (network alone %3, weight %4)</source>
        <translation>टेस्ट RMSE %1 · नैव की तुलना में स्किल %2 (केवल नेटवर्क %3, भार %4)</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingControls</name>
    <message>
        <source>&amp;Auto-train…</source>
        <translation>ऑटो-प्रशिक्षण (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>प्रारंभ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>बंद करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Force Stop</source>
        <translation>ज़बरदस्ती बंद करें (&amp;F)</translation>
    </message>
    <message>
        <source>Queue a training job for every chosen symbol, timeframe and bot</source>
        <translation>हर चुने गए सिंबल, टाइमफ़्रेम और बॉट के लिए प्रशिक्षण जॉब कतार में जोड़ें</translation>
    </message>
    <message>
        <source>Start training the waiting jobs, one after another</source>
        <translation>प्रतीक्षारत जॉब का प्रशिक्षण एक के बाद एक शुरू करें</translation>
    </message>
    <message>
        <source>Pause the queue: the current job finishes, the waiting jobs stay queued</source>
        <translation>कतार रोकें: वर्तमान जॉब पूरा होगा, प्रतीक्षारत जॉब कतार में रहेंगे</translation>
    </message>
    <message>
        <source>Resume the paused queue with the next waiting job</source>
        <translation>रुकी हुई कतार को अगले प्रतीक्षारत जॉब से फिर शुरू करें</translation>
    </message>
    <message>
        <source>Stop the queue: the current job finishes, the waiting jobs are removed</source>
        <translation>कतार बंद करें: वर्तमान जॉब पूरा होगा, प्रतीक्षारत जॉब हटा दिए जाएँगे</translation>
    </message>
    <message>
        <source>Cancel the running job now (its progress is lost) and remove the waiting jobs</source>
        <translation>चल रहा जॉब अभी रद्द करें (इसकी प्रगति खो जाएगी) और प्रतीक्षारत जॉब हटाएँ</translation>
    </message>
    <message>
        <source>Force stop the training queue?</source>
        <translation>प्रशिक्षण कतार ज़बरदस्ती बंद करें?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1” now?</source>
        <translation>
            <numerusform>“%1” अभी रद्द करें?</numerusform>
            <numerusform>“%1” अभी रद्द करें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its training progress is lost and the run is recorded as cancelled.</source>
        <translation>इसकी प्रशिक्षण प्रगति खो जाएगी और रन रद्द के रूप में दर्ज होगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting job(s) will be removed from the queue.</source>
        <translation>
            <numerusform>%n प्रतीक्षारत जॉब कतार से हटा दिया जाएगा।</numerusform>
            <numerusform>%n प्रतीक्षारत जॉब कतार से हटा दिए जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>ज़बरदस्ती बंद करें</translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation>उपयोगकर्ता द्वारा ज़बरदस्ती बंद किया गया</translation>
    </message>
    <message>
        <source>The job finished before it could be stopped; nothing was cancelled.</source>
        <translation>जॉब रोके जाने से पहले ही पूरा हो गया; कुछ भी रद्द नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingEpochRepository</name>
    <message>
        <source>Saving epoch losses</source>
        <translation>एपॉक लॉस सहेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Reading epoch losses</source>
        <translation>एपॉक लॉस पढ़े जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingProgress</name>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingQueue</name>
    <message>
        <source>the application is closing</source>
        <translation>एप्लिकेशन बंद हो रहा है</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>कोई प्रशिक्षण रिकॉर्ड %1 नहीं है।</translation>
    </message>
    <message>
        <source>Removing the waiting jobs</source>
        <translation>प्रतीक्षारत जॉब हटाए जा रहे हैं</translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation>उपयोगकर्ता द्वारा ज़बरदस्ती बंद किया गया</translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation>प्रशिक्षण जॉब %1 फिर से कतार में जोड़ा जा रहा है</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked for %2 s. %3</source>
        <translation>%1 विफल: वर्कस्पेस डेटाबेस %2 s तक लॉक रहा। %3</translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation>प्रशिक्षण जॉब %1 कतार में वापस भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Removing training job %1</source>
        <translation>प्रशिक्षण जॉब %1 हटाया जा रहा है</translation>
    </message>
    <message>
        <source>A job is a strategy training or a hyperparameter search, not both.</source>
        <translation>जॉब या तो रणनीति प्रशिक्षण है या हाइपरपैरामीटर खोज, दोनों नहीं।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingRecordRepository</name>
    <message>
        <source>Saving the training record</source>
        <translation>प्रशिक्षण रिकॉर्ड सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Reading training record %1</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Listing training records</source>
        <translation>प्रशिक्षण रिकॉर्ड सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Updating training record %1</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 अपडेट किया जा रहा है</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>कोई प्रशिक्षण रिकॉर्ड %1 नहीं है।</translation>
    </message>
    <message>
        <source>Reading test metrics of training records</source>
        <translation>प्रशिक्षण रिकॉर्ड के टेस्ट मीट्रिक पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation>मॉडल फ़ाइलें सूचीबद्ध की जा रही हैं</translation>
    </message>
    <message>
        <source>Archiving training record %1</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 संग्रहीत किया जा रहा है</translation>
    </message>
    <message>
        <source>Tidying undecided training results</source>
        <translation>अनिर्णीत प्रशिक्षण परिणाम व्यवस्थित किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Listing undecided training results</source>
        <translation>अनिर्णीत प्रशिक्षण परिणाम सूचीबद्ध किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Recording the decision on training record %1</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 पर निर्णय दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Training record %1 is not waiting for this decision any more.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 अब इस निर्णय की प्रतीक्षा नहीं कर रहा है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingService</name>
    <message>
        <source>Recording the training run</source>
        <translation>प्रशिक्षण रन दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>रन दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>(The failure could not be recorded: %1)</source>
        <translation>(विफलता दर्ज नहीं की जा सकी: %1)</translation>
    </message>
    <message>
        <source>Recording the failed training run</source>
        <translation>विफल प्रशिक्षण रन दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>रद्द किया गया: %1</translation>
    </message>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation>%1 %2 कैंडल लोड हो रही हैं</translation>
    </message>
    <message>
        <source>Building features from %1 bars</source>
        <translation>%1 कैंडल से फ़ीचर बनाए जा रहे हैं</translation>
    </message>
    <message>
        <source>%1 features · %2 / %3 / %4 samples</source>
        <translation>%1 फ़ीचर · %2 / %3 / %4 सैंपल</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>मॉडल सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>The trained model was kept in “%1” (with a .json file describing the run); it is not in the workspace&apos;s list of models.</source>
        <translation>प्रशिक्षित मॉडल “%1” में रखा गया (रन का विवरण देने वाली .json फ़ाइल के साथ); यह वर्कस्पेस की मॉडल सूची में नहीं है।</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>कोई प्रशिक्षण रिकॉर्ड %1 नहीं है।</translation>
    </message>
    <message>
        <source>Training record %1 has no model file.</source>
        <translation>प्रशिक्षण रिकॉर्ड %1 की कोई मॉडल फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history first.</source>
        <translation>इस वर्कस्पेस में कोई सिंबल “%1” नहीं है; पहले इसकी मूल्य हिस्ट्री आयात करें।</translation>
    </message>
    <message>
        <source>%1 has no %2 bars; import them or resample from a shorter timeframe.</source>
        <translation>%1 के कोई %2 कैंडल नहीं हैं; उन्हें आयात करें या किसी छोटे टाइमफ़्रेम से रीसैंपल करें।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingSettings</name>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation>अज्ञात हाइपरपैरामीटर “%1”; मान्य कुंजियाँ: %2।</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeBooster</name>
    <message>
        <source>XGBoost could not create a model</source>
        <translation>XGBoost मॉडल नहीं बना सका</translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON)</source>
        <translation>यह XGBoost मॉडल (JSON या UBJSON) नहीं है</translation>
    </message>
    <message>
        <source>The XGBoost model is not a one-output regression (objective “%1”); ModelDeck forecasts with regression models only.</source>
        <translation>XGBoost मॉडल एक-आउटपुट रिग्रेशन नहीं है (objective “%1”); ModelDeck केवल रिग्रेशन मॉडल से पूर्वानुमान करता है।</translation>
    </message>
    <message>
        <source>The XGBoost model is not a tree ensemble (booster “%1”).</source>
        <translation>XGBoost मॉडल ट्री एन्सेम्बल नहीं है (booster “%1”)।</translation>
    </message>
    <message>
        <source>The XGBoost model has no input features.</source>
        <translation>XGBoost मॉडल में कोई इनपुट फ़ीचर नहीं है।</translation>
    </message>
    <message>
        <source>XGBoost refused %1 = %2</source>
        <translation>XGBoost ने %1 = %2 अस्वीकार किया</translation>
    </message>
    <message>
        <source>XGBoost refused the feature names</source>
        <translation>XGBoost ने फ़ीचर नाम अस्वीकार किए</translation>
    </message>
    <message>
        <source>XGBoost failed in boosting round %1</source>
        <translation>XGBoost बूस्टिंग राउंड %1 में विफल रहा</translation>
    </message>
    <message>
        <source>XGBoost could not evaluate round %1</source>
        <translation>XGBoost राउंड %1 का मूल्यांकन नहीं कर सका</translation>
    </message>
    <message>
        <source>XGBoost&apos;s evaluation “%1” could not be read.</source>
        <translation>XGBoost का मूल्यांकन “%1” पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>XGBoost could not keep the first %1 rounds</source>
        <translation>XGBoost पहले %1 राउंड नहीं रख सका</translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s rounds</source>
        <translation>XGBoost मॉडल के राउंड नहीं गिन सका</translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s features</source>
        <translation>XGBoost मॉडल के फ़ीचर नहीं गिन सका</translation>
    </message>
    <message>
        <source>The XGBoost model claims %1 features.</source>
        <translation>XGBoost मॉडल %1 फ़ीचर होने का दावा करता है।</translation>
    </message>
    <message>
        <source>XGBoost could not read the model&apos;s feature names</source>
        <translation>XGBoost मॉडल के फ़ीचर नाम नहीं पढ़ सका</translation>
    </message>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 features.</source>
        <translation>आंतरिक त्रुटि: %1 मान %3 फ़ीचर की %2 पंक्तियाँ नहीं बनाते।</translation>
    </message>
    <message>
        <source>XGBoost could not predict</source>
        <translation>XGBoost भविष्यवाणी नहीं कर सका</translation>
    </message>
    <message>
        <source>The XGBoost model gives %1 outputs for %2 rows; one per row was expected.</source>
        <translation>XGBoost मॉडल %2 पंक्तियों के लिए %1 आउटपुट देता है; प्रति पंक्ति एक अपेक्षित था।</translation>
    </message>
    <message>
        <source>XGBoost could not score the features</source>
        <translation>XGBoost फ़ीचर स्कोर नहीं कर सका</translation>
    </message>
    <message>
        <source>XGBoost could not save the model</source>
        <translation>XGBoost मॉडल सहेज नहीं सका</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 columns.</source>
        <translation>आंतरिक त्रुटि: %1 मान %3 कॉलम की %2 पंक्तियाँ नहीं बनाते।</translation>
    </message>
    <message>
        <source>The training data could not be handed to XGBoost</source>
        <translation>प्रशिक्षण डेटा XGBoost को नहीं सौंपा जा सका</translation>
    </message>
    <message>
        <source>The targets could not be handed to XGBoost</source>
        <translation>लक्ष्य मान XGBoost को नहीं सौंपे जा सके</translation>
    </message>
    <message>
        <source>The feature names could not be handed to XGBoost</source>
        <translation>फ़ीचर नाम XGBoost को नहीं सौंपे जा सके</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeModelCheck</name>
    <message>
        <source>The XGBoost model is damaged or not one ModelDeck can use: %1.</source>
        <translation>XGBoost मॉडल क्षतिग्रस्त है या ModelDeck इसका उपयोग नहीं कर सकता: %1।</translation>
    </message>
    <message>
        <source>tree %1 has leaf vectors</source>
        <translation>ट्री %1 में लीफ़ वेक्टर हैं</translation>
    </message>
    <message>
        <source>tree %1 has %2 nodes</source>
        <translation>ट्री %1 में %2 नोड हैं</translation>
    </message>
    <message>
        <source>tree %1&apos;s %2 does not have its %3 nodes</source>
        <translation>ट्री %1 के %2 में इसके %3 नोड नहीं हैं</translation>
    </message>
    <message>
        <source>node %1 of tree %2 names parent %3</source>
        <translation>ट्री %2 का नोड %1 पैरेंट %3 बताता है</translation>
    </message>
    <message>
        <source>tree %1 has categorical splits</source>
        <translation>ट्री %1 में श्रेणीगत स्प्लिट हैं</translation>
    </message>
    <message>
        <source>node %1 of tree %2 names children outside the tree</source>
        <translation>ट्री %2 का नोड %1 ट्री के बाहर के चाइल्ड बताता है</translation>
    </message>
    <message>
        <source>node %1 of tree %2 splits on feature %3 of %4</source>
        <translation>ट्री %2 का नोड %1, %4 में से फ़ीचर %3 पर स्प्लिट करता है</translation>
    </message>
    <message>
        <source>The XGBoost model (JSON) is damaged at byte %1: %2.</source>
        <translation>XGBoost मॉडल (JSON) बाइट %1 पर क्षतिग्रस्त है: %2।</translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON).</source>
        <translation>यह XGBoost मॉडल (JSON या UBJSON) नहीं है।</translation>
    </message>
    <message>
        <source>it has %1 input features</source>
        <translation>इसमें %1 इनपुट फ़ीचर हैं</translation>
    </message>
    <message>
        <source>its booster is “%1”, not a tree ensemble</source>
        <translation>इसका booster “%1” है, ट्री एन्सेम्बल नहीं</translation>
    </message>
    <message>
        <source>its trees have leaf vectors</source>
        <translation>इसके ट्री में लीफ़ वेक्टर हैं</translation>
    </message>
    <message>
        <source>it announces %1 trees and holds %2</source>
        <translation>यह %1 ट्री घोषित करता है और %2 रखता है</translation>
    </message>
    <message>
        <source>tree %1 says it is tree %2</source>
        <translation>ट्री %1 कहता है कि वह ट्री %2 है</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeTrainer</name>
    <message>
        <source>%1 is not a tree-ensemble bot.</source>
        <translation>%1 ट्री-एन्सेम्बल बॉट नहीं है।</translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation>मॉडल का लुकबैक (%1) फ़ीचर के लुकबैक (%2) से भिन्न है।</translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation>टेस्ट डेटा पर मूल्यांकन</translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (trees alone %3, weight %4)</source>
        <translation>टेस्ट RMSE %1 · नैव की तुलना में स्किल %2 (केवल ट्री %3, भार %4)</translation>
    </message>
    <message numerus="yes">
        <source>Growing %n trees</source>
        <translation>
            <numerusform>%n ट्री बनाया जा रहा है</numerusform>
            <numerusform>%n ट्री बनाए जा रहे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>रद्द किया गया: %1</translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 in round %2.</source>
        <translation>प्रशिक्षण डाइवर्ज हो गया: राउंड %2 में लॉस %1 हो गया।</translation>
    </message>
    <message>
        <source>Round %1/%2 · train loss %3 · validation loss %4</source>
        <translation>राउंड %1/%2 · प्रशिक्षण लॉस %3 · सत्यापन लॉस %4</translation>
    </message>
</context>
<context>
    <name>modeldeck::Ubjson</name>
    <message>
        <source>bytes after the end of the model</source>
        <translation>मॉडल के अंत के बाद बाइट</translation>
    </message>
    <message>
        <source>The XGBoost model (UBJSON) is damaged at byte %1: %2.</source>
        <translation>XGBoost मॉडल (UBJSON) बाइट %1 पर क्षतिग्रस्त है: %2।</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>यह जल्दी समाप्त हो जाता है</translation>
    </message>
    <message>
        <source>it ends inside a number</source>
        <translation>यह किसी संख्या के बीच समाप्त हो जाता है</translation>
    </message>
    <message>
        <source>“%1” is not a number type</source>
        <translation>“%1” कोई संख्या प्रकार नहीं है</translation>
    </message>
    <message>
        <source>a length of %1 does not fit the file</source>
        <translation>%1 की लंबाई फ़ाइल में नहीं समाती</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>यह %1 स्तरों से अधिक गहराई तक नेस्ट है</translation>
    </message>
    <message>
        <source>a typed array without a count</source>
        <translation>गिनती के बिना टाइप्ड ऐरे</translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardSpec</name>
    <message>
        <source>Walk-forward: train, test and step must be whole numbers of bars from 1 to 1,000,000,000.</source>
        <translation>वॉक-फ़ॉरवर्ड: train, test और step 1 से 1,000,000,000 तक कैंडल की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Walk-forward must be “train,test,step” in bars, optionally followed by “,expanding” or “,sliding”; got “%1”.</source>
        <translation>वॉक-फ़ॉरवर्ड कैंडल में “train,test,step” होना चाहिए, वैकल्पिक रूप से “,expanding” या “,sliding” के साथ; मिला “%1”।</translation>
    </message>
    <message>
        <source>Walk-forward window must be “expanding” or “sliding”, not “%1”.</source>
        <translation>वॉक-फ़ॉरवर्ड विंडो “expanding” या “sliding” होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>Walk-forward: unknown key “%1”.</source>
        <translation>वॉक-फ़ॉरवर्ड: अज्ञात कुंजी “%1”।</translation>
    </message>
    <message>
        <source>Walk-forward with train %1, test %2 and step %3 bars gives more than %4 folds over %5 bars; use a larger step.</source>
        <translation>train %1, test %2 और step %3 कैंडल वाला वॉक-फ़ॉरवर्ड %5 कैंडल पर %4 से अधिक फ़ोल्ड देता है; बड़ा step उपयोग करें।</translation>
    </message>
    <message>
        <source>Walk-forward needs at least %1 bars (train %2 + test %3); the series has %4.</source>
        <translation>वॉक-फ़ॉरवर्ड को कम से कम %1 कैंडल चाहिए (train %2 + test %3); सीरीज़ में %4 हैं।</translation>
    </message>
    <message>
        <source>Walk-forward fold %1: a training window of %2 bars is too short to hold a validation split.</source>
        <translation>वॉक-फ़ॉरवर्ड फ़ोल्ड %1: %2 कैंडल की प्रशिक्षण विंडो सत्यापन भाग रखने के लिए बहुत छोटी है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardValidator</name>
    <message>
        <source>Walk-forward fold %1 of %2</source>
        <translation>वॉक-फ़ॉरवर्ड फ़ोल्ड %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward: %n fold(s) done</source>
        <translation>
            <numerusform>वॉक-फ़ॉरवर्ड: %n फ़ोल्ड पूरा</numerusform>
            <numerusform>वॉक-फ़ॉरवर्ड: %n फ़ोल्ड पूरे</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>कोई वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation>“%1” पर ड्रिफ्ट: पुनः प्रशिक्षण कतार में नहीं जोड़ा जा सका: %2</translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation>“%1” पर ड्रिफ्ट: इसका पुनः प्रशिक्षण पहले से जॉब %2 के रूप में कतार में है।</translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
        <translation>“%1” पर ड्रिफ्ट: पुनः प्रशिक्षण जॉब %2 कतार में जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>modeldeck::YahooChartParser</name>
    <message>
        <source>The answer from Yahoo Finance for %1 is incomplete or malformed: %2.</source>
        <translation>%1 के लिए Yahoo Finance का उत्तर अधूरा या विकृत है: %2।</translation>
    </message>
    <message>
        <source>Yahoo Finance answered HTTP %1 for %2.</source>
        <translation>Yahoo Finance ने %2 के लिए HTTP %1 उत्तर दिया।</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>बाइट %2 पर %1</translation>
    </message>
    <message>
        <source>there is no “chart” object</source>
        <translation>कोई “chart” ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Yahoo Finance has no data for “%1” (%2). Check the spelling (Yahoo symbols look like AAPL, TCS.NS or BTC-USD); the symbol may be delisted.</source>
        <translation>Yahoo Finance के पास “%1” (%2) का कोई डेटा नहीं है। वर्तनी जाँचें (Yahoo सिंबल AAPL, TCS.NS या BTC-USD जैसे दिखते हैं); सिंबल डीलिस्ट हो सकता है।</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Yahoo Finance refused the request for %1: %2 (%3, HTTP %4).</source>
        <translation>Yahoo Finance ने %1 का अनुरोध अस्वीकार किया: %2 (%3, HTTP %4)।</translation>
    </message>
    <message>
        <source>“result” is not a list of charts</source>
        <translation>“result” चार्ट की सूची नहीं है</translation>
    </message>
    <message>
        <source>“timestamp” is not a list</source>
        <translation>“timestamp” सूची नहीं है</translation>
    </message>
    <message>
        <source>the “%1” values are missing</source>
        <translation>“%1” मान मौजूद नहीं हैं</translation>
    </message>
    <message>
        <source>%1 timestamps but %2 “%3” values</source>
        <translation>%1 टाइमस्टैम्प लेकिन %2 “%3” मान</translation>
    </message>
</context>
<context>
    <name>modeldeck::YahooProvider</name>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only; the requested range ends before that.</source>
        <translation>Yahoo Finance %1 कैंडल केवल पिछले %2 दिनों की रखता है; अनुरोधित अवधि उससे पहले समाप्त होती है।</translation>
    </message>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only: fetching from %3 instead of %4.</source>
        <translation>Yahoo Finance %1 कैंडल केवल पिछले %2 दिनों की रखता है: %4 के बजाय %3 से लाया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>modeldeck::cli</name>
    <message>
        <source>import needs at least one FILE.</source>
        <translation>import को कम से कम एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>--date-order must be auto, day-first or month-first.</source>
        <translation>--date-order auto, day-first या month-first होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4, %5), %6 rows: %7 new, %8 updated, %9 unchanged</source>
        <translation>%1: %2 %3 (%4, %5), %6 पंक्तियाँ: %7 नई, %8 अपडेट की गईं, %9 अपरिवर्तित</translation>
    </message>
    <message>
        <source>  %1 rows skipped for missing values</source>
        <translation>  लुप्त मानों के कारण %1 पंक्तियाँ छोड़ी गईं</translation>
    </message>
    <message>
        <source>  %1 rows repeated a timestamp (the last one was kept)</source>
        <translation>  %1 पंक्तियों में टाइमस्टैम्प दोहराया गया (अंतिम रखी गई)</translation>
    </message>
    <message>
        <source>No symbols yet; import a CSV file with: modeldeck-cli import FILE</source>
        <translation>अभी कोई सिंबल नहीं; CSV फ़ाइल इससे आयात करें: modeldeck-cli import FILE</translation>
    </message>
    <message>
        <source>resample needs --symbol, --from and --to.</source>
        <translation>resample को --symbol, --from और --to चाहिए।</translation>
    </message>
    <message>
        <source>%1: %2 %3 bars → %4 %5 bars (%6 new, %7 updated, %8 unchanged)</source>
        <translation>%1: %2 %3 कैंडल → %4 %5 कैंडल (%6 नई, %7 अपडेट की गईं, %8 अपरिवर्तित)</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>कोई कमांड नहीं दी गई; --help देखें।</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>अप्रत्याशित आर्गुमेंट “%1”।</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>अज्ञात कमांड “%1”; --help देखें।</translation>
    </message>
    <message>
        <source>%1 must be a whole number, at least 1.</source>
        <translation>%1 कम से कम 1 की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--limit must be a whole number, at least 1.</source>
        <translation>--limit कम से कम 1 की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>No A/B tests yet.</source>
        <translation>अभी कोई A/B टेस्ट नहीं।</translation>
    </message>
    <message>
        <source>winner %1 (“%2” v%3)%4</source>
        <translation>विजेता %1 (“%2” v%3)%4</translation>
    </message>
    <message>
        <source>, activated</source>
        <translation>, सक्रिय किया गया</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>कोई सार्थक अंतर नहीं</translation>
    </message>
    <message>
        <source>“%1” v%2 vs “%3” v%4</source>
        <translation>“%1” v%2 बनाम “%3” v%4</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>A (“%1” v%2)</source>
        <translation>A (“%1” v%2)</translation>
    </message>
    <message>
        <source>B (“%1” v%2)</source>
        <translation>B (“%1” v%2)</translation>
    </message>
    <message>
        <source>A/B test %1 on %2 %3, horizon %4, the newest %5 forecasts of each:</source>
        <translation>%2 %3 पर A/B टेस्ट %1, होराइज़न %4, प्रत्येक के नवीनतम %5 पूर्वानुमान:</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>कोई बैंड नहीं</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>नैव की तुलना में स्किल</translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation>95 % कवरेज</translation>
    </message>
    <message>
        <source>ms per forecast</source>
        <translation>ms प्रति पूर्वानुमान</translation>
    </message>
    <message>
        <source>abtest needs --model and --model-b (or --history).</source>
        <translation>abtest को --model और --model-b (या --history) चाहिए।</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars, at least 1.</source>
        <translation>--horizon कम से कम 1 कैंडल की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--window must be a whole number of forecasts, at least %1.</source>
        <translation>--window कम से कम %1 पूर्वानुमानों की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>The A/B test was interrupted; nothing was stored.</source>
        <translation>A/B टेस्ट बाधित हुआ; कुछ भी संग्रहीत नहीं हुआ।</translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4.</source>
        <translation>“%1” v%2 अब %3 %4 का सक्रिय मॉडल है।</translation>
    </message>
    <message>
        <source>Nothing was activated: there is no winner.</source>
        <translation>कुछ भी सक्रिय नहीं किया गया: कोई विजेता नहीं है।</translation>
    </message>
    <message>
        <source>Audit actions to list, comma-separated: %1 (audit).</source>
        <translation>सूचीबद्ध करने के लिए ऑडिट क्रियाएँ, अल्पविराम से अलग: %1 (audit)।</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Write the selected audit entries to FILE as CSV (audit).</source>
        <translation>चुनी गई ऑडिट प्रविष्टियाँ FILE में CSV के रूप में लिखें (audit)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>unknown audit action “%1”; use one of %2.</source>
        <translation>अज्ञात ऑडिट क्रिया “%1”; इनमें से एक का उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD) or an ISO time, not “%2”.</source>
        <translation>--%1 एक तिथि (YYYY-MM-DD) या ISO समय होना चाहिए, “%2” नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>%n ऑडिट इवेंट %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n ऑडिट इवेंट %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>कोई ऑडिट प्रविष्टि नहीं।</translation>
    </message>
    <message>
        <source>--invalid-rows must be keep or reject.</source>
        <translation>--invalid-rows keep या reject होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Most important inputs (gain): %1</source>
        <translation>सबसे महत्वपूर्ण इनपुट (gain): %1</translation>
    </message>
    <message>
        <source>train needs --symbol, --timeframe and --bot.</source>
        <translation>train को --symbol, --timeframe और --bot चाहिए।</translation>
    </message>
    <message>
        <source>ETA estimating…</source>
        <translation>शेष समय का अनुमान लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>शेष समय %1 s</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>बाधित (Ctrl+C)</translation>
    </message>
    <message>
        <source>Trained %1 on %2 %3 in %4 s (%5 epochs), record %6</source>
        <translation>%2 %3 पर %1 को %4 s (%5 एपॉक) में प्रशिक्षित किया गया, रिकॉर्ड %6</translation>
    </message>
    <message>
        <source>Test: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · direction %5 % · skill vs naive %6 (naive RMSE %7)</source>
        <translation>टेस्ट: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · दिशा %5 % · नैव की तुलना में स्किल %6 (नैव RMSE %7)</translation>
    </message>
    <message>
        <source>Trees alone: RMSE %1 · skill vs naive %2; the forecast weighs them %3 against the last close (chosen on the validation split)</source>
        <translation>केवल ट्री: RMSE %1 · नैव की तुलना में स्किल %2; पूर्वानुमान इन्हें अंतिम क्लोज़ के मुकाबले %3 भार देता है (सत्यापन भाग पर चुना गया)</translation>
    </message>
    <message>
        <source>Network alone: RMSE %1 · skill vs naive %2; the forecast weighs it %3 against the last close (chosen on the validation split)</source>
        <translation>केवल नेटवर्क: RMSE %1 · नैव की तुलना में स्किल %2; पूर्वानुमान इसे अंतिम क्लोज़ के मुकाबले %3 भार देता है (सत्यापन भाग पर चुना गया)</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>±%1%2 (covered %3 % of the test split)</source>
        <translation>±%1%2 (टेस्ट डेटा का %3 % कवर किया)</translation>
    </message>
    <message>
        <source>unbounded (too few validation samples)</source>
        <translation>असीमित (बहुत कम सत्यापन सैंपल)</translation>
    </message>
    <message>
        <source>Intervals from %1 validation errors: 80 % %2 · 95 % %3</source>
        <translation>%1 सत्यापन त्रुटियों से अंतराल: 80 % %2 · 95 % %3</translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation>[y/N] </translation>
    </message>
    <message>
        <source>Cannot read the %1 file: %2</source>
        <translation>%1 फ़ाइल नहीं पढ़ी जा सकती: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ऑफ़सेट %2 पर मान्य JSON नहीं है: %3</translation>
    </message>
    <message>
        <source>%1 must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation>%1 {&quot;epochs&quot;: 20} जैसा JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>features needs the subcommand export; see --help.</source>
        <translation>features को सबकमांड export चाहिए; --help देखें।</translation>
    </message>
    <message>
        <source>features export needs --symbol, --timeframe and --out.</source>
        <translation>features export को --symbol, --timeframe और --out चाहिए।</translation>
    </message>
    <message>
        <source>%1 exists; add --yes to replace it.</source>
        <translation>%1 मौजूद है; इसे बदलने के लिए --yes जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n samples</source>
        <translation>
            <numerusform>%n सैंपल लिखा</numerusform>
            <numerusform>%n सैंपल लिखे</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 columns to %2 and their description to %3</source>
        <translation>%1 कॉलम के, %2 में, और उनका विवरण %3 में</translation>
    </message>
    <message>
        <source>%1 %2: failed — %3</source>
        <translation>%1 %2: विफल — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page(s) from %7)</source>
        <translation>
            <numerusform>%1 %2: %3 नई, %4 अपडेट की गईं, %5 अपरिवर्तित (%7 से %n पेज में %6 कैंडल)</numerusform>
            <numerusform>%1 %2: %3 नई, %4 अपडेट की गईं, %5 अपरिवर्तित (%7 से %n पेजों में %6 कैंडल)</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 bars skipped for missing or unusable values</source>
        <translation>  लुप्त या अनुपयोगी मानों के कारण %1 कैंडल छोड़ी गईं</translation>
    </message>
    <message>
        <source>  %1 bars kept but flagged for impossible values</source>
        <translation>  %1 कैंडल रखी गईं, लेकिन असंभव मानों के लिए चिह्नित</translation>
    </message>
    <message>
        <source>fetch needs --provider, --symbols and --timeframe.</source>
        <translation>fetch को --provider, --symbols और --timeframe चाहिए।</translation>
    </message>
    <message>
        <source>--provider must be one of %1.</source>
        <translation>--provider इनमें से एक होना चाहिए: %1।</translation>
    </message>
    <message>
        <source>--symbols needs at least one symbol.</source>
        <translation>--symbols को कम से कम एक सिंबल चाहिए।</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2024-01-31 or a time such as 2024-01-31T09:15:00Z.</source>
        <translation>--%1 एक तिथि (जैसे 2024-01-31) या समय (जैसे 2024-01-31T09:15:00Z) होना चाहिए।</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL with a host.</source>
        <translation>--base-url होस्ट सहित http:// या https:// URL होना चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bars in %n page(s)…</source>
        <translation>
            <numerusform>%1: %n पेज में %2 कैंडल…</numerusform>
            <numerusform>%1: %n पेजों में %2 कैंडल…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+C was pressed</source>
        <translation>Ctrl+C दबाया गया</translation>
    </message>
    <message>
        <source>Cancelled; the symbols that were not completed wrote nothing.</source>
        <translation>रद्द किया गया; जो सिंबल पूरे नहीं हुए, उन्होंने कुछ नहीं लिखा।</translation>
    </message>
    <message>
        <source>%1 of %2 symbols failed.</source>
        <translation>%2 में से %1 सिंबल विफल रहे।</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>असीमित</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>horizons %1</source>
        <translation>होराइज़न %1</translation>
    </message>
    <message>
        <source>  test RMSE %1</source>
        <translation>  टेस्ट RMSE %1</translation>
    </message>
    <message>
        <source>  80 % interval covered %1 % of the test split</source>
        <translation>  80 % अंतराल ने टेस्ट डेटा का %1 % कवर किया</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — model “%8” v%9</source>
        <translation>%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — मॉडल “%8” v%9</translation>
    </message>
    <message>
        <source>1 bar ahead</source>
        <translation>1 कैंडल आगे</translation>
    </message>
    <message>
        <source>%1 bars ahead</source>
        <translation>%1 कैंडल आगे</translation>
    </message>
    <message>
        <source> · actual %1</source>
        <translation> · वास्तविक %1</translation>
    </message>
    <message>
        <source>--model-version must be a whole number, at least 1.</source>
        <translation>--model-version कम से कम 1 की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Delete version %1 of model “%2” (%3)%4?</source>
        <translation>मॉडल “%2” (%3)%4 का संस्करण %1 हटाएँ?</translation>
    </message>
    <message>
        <source>, the active one</source>
        <translation>, सक्रिय वाला</translation>
    </message>
    <message>
        <source>Delete model “%1”: %2, %3%4?</source>
        <translation>मॉडल “%1” हटाएँ: %2, %3%4?</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 संस्करण</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 संस्करण</translation>
    </message>
    <message>
        <source>, including the active one</source>
        <translation>, सक्रिय वाले सहित</translation>
    </message>
    <message>
        <source>Nothing was deleted; add --yes to confirm.</source>
        <translation>कुछ भी हटाया नहीं गया; पुष्टि के लिए --yes जोड़ें।</translation>
    </message>
    <message>
        <source>Deleted %1 of “%2”, %3 freed.</source>
        <translation>“%2” का %1 हटाया गया, %3 खाली हुआ।</translation>
    </message>
    <message>
        <source>It was active: %1 %2 has no active model now.</source>
        <translation>यह सक्रिय था: %1 %2 का अब कोई सक्रिय मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>models import needs one FILE (a TorchScript model with its JSON sidecar).</source>
        <translation>models import को एक FILE चाहिए (JSON साइडकार के साथ TorchScript मॉडल)।</translation>
    </message>
    <message>
        <source>Importing %1 runs code from that file. Import it only if you trust where it came from. Import?</source>
        <translation>%1 आयात करने से उस फ़ाइल का कोड चलता है। इसे केवल तभी आयात करें जब आपको इसके स्रोत पर भरोसा हो। आयात करें?</translation>
    </message>
    <message>
        <source>Nothing was imported; add --yes to confirm.</source>
        <translation>कुछ भी आयात नहीं हुआ; पुष्टि के लिए --yes जोड़ें।</translation>
    </message>
    <message>
        <source>Imported as </source>
        <translation>इस रूप में आयात किया गया: </translation>
    </message>
    <message>
        <source>predict needs --model and --horizon.</source>
        <translation>predict को --model और --horizon चाहिए।</translation>
    </message>
    <message>
        <source>Saved as prediction %1.</source>
        <translation>भविष्यवाणी %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>models needs an action: list, save, activate, import, export or delete.</source>
        <translation>models को एक क्रिया चाहिए: list, save, activate, import, export या delete।</translation>
    </message>
    <message>
        <source>unknown models action “%1”.</source>
        <translation>अज्ञात models क्रिया “%1”।</translation>
    </message>
    <message>
        <source>models %1 needs --name.</source>
        <translation>models %1 को --name चाहिए।</translation>
    </message>
    <message>
        <source>No saved models yet; save a training record with: modeldeck-cli models save --record ID --name NAME</source>
        <translation>अभी कोई सहेजा गया मॉडल नहीं; प्रशिक्षण रिकॉर्ड इससे सहेजें: modeldeck-cli models save --record ID --name NAME</translation>
    </message>
    <message>
        <source>models save needs --record with a training record id.</source>
        <translation>models save को प्रशिक्षण रिकॉर्ड id के साथ --record चाहिए।</translation>
    </message>
    <message>
        <source>Saved </source>
        <translation>सहेजा गया: </translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4</source>
        <translation>“%1” v%2 अब %3 %4 का सक्रिय मॉडल है</translation>
    </message>
    <message>
        <source> (instead of “%1” v%2)</source>
        <translation> (“%1” v%2 के स्थान पर)</translation>
    </message>
    <message>
        <source>models export needs --out with a folder.</source>
        <translation>models export को फ़ोल्डर के साथ --out चाहिए।</translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation>%1 और %2 निर्यात किए गए</translation>
    </message>
    <message>
        <source>predictions needs one action: list or fill.</source>
        <translation>predictions को एक क्रिया चाहिए: list या fill।</translation>
    </message>
    <message>
        <source>Filled in the actual value of %1 predictions.</source>
        <translation>%1 भविष्यवाणियों का वास्तविक मान भरा गया।</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars.</source>
        <translation>--horizon कैंडल की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>No saved predictions match; predict with --save to keep one.</source>
        <translation>कोई सहेजी गई भविष्यवाणी मेल नहीं खाती; एक रखने के लिए --save के साथ भविष्यवाणी करें।</translation>
    </message>
    <message>
        <source>No accuracy recorded for “%1” at horizon %2 yet: it is recorded whenever its saved predictions get their actual values.</source>
        <translation>होराइज़न %2 पर “%1” की अभी कोई सटीकता दर्ज नहीं: यह तब दर्ज होती है जब इसकी सहेजी गई भविष्यवाणियों को वास्तविक मान मिलते हैं।</translation>
    </message>
    <message>
        <source>Recorded	Samples	RMSE	Skill	80 %	95 %</source>
        <translation>दर्ज	सैंपल	RMSE	स्किल	80 %	95 %</translation>
    </message>
    <message>
        <source>metrics needs --model.</source>
        <translation>metrics को --model चाहिए।</translation>
    </message>
    <message>
        <source>--limit (the window) must be a whole number, at least 1.</source>
        <translation>--limit (विंडो) कम से कम 1 की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</source>
        <translation>
            <numerusform>“%1”: इसकी %n सहेजी गई भविष्यवाणी का अभी वास्तविक मान नहीं है (कैंडल आने पर modeldeck-cli predictions fill उन्हें जोड़ता है)।</numerusform>
            <numerusform>“%1”: इसकी %n सहेजी गई भविष्यवाणियों में से किसी का अभी वास्तविक मान नहीं है (कैंडल आने पर modeldeck-cli predictions fill उन्हें जोड़ता है)।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, the newest %n predictions with actuals:</source>
        <translation>
            <numerusform>“%1”, वास्तविक मान वाली नवीनतम %n भविष्यवाणी:</numerusform>
            <numerusform>“%1”, वास्तविक मान वाली नवीनतम %n भविष्यवाणियाँ:</numerusform>
        </translation>
    </message>
    <message>
        <source>RMSE %1 · MAE %2 · R² %3 · direction %4 % · skill vs naive %5 (naive RMSE %6)</source>
        <translation>RMSE %1 · MAE %2 · R² %3 · दिशा %4 % · नैव की तुलना में स्किल %5 (नैव RMSE %6)</translation>
    </message>
    <message>
        <source>Interval coverage: 80 % band %1 · 95 % band %2</source>
        <translation>अंतराल कवरेज: 80 % बैंड %1 · 95 % बैंड %2</translation>
    </message>
    <message>
        <source>--ack takes alert ids separated by commas, or all; “%1” is not an id.</source>
        <translation>--ack अल्पविराम से अलग अलर्ट id या all लेता है; “%1” कोई id नहीं है।</translation>
    </message>
    <message>
        <source>--ack needs alert ids (see modeldeck-cli alerts), or all.</source>
        <translation>--ack को अलर्ट id (देखें modeldeck-cli alerts) या all चाहिए।</translation>
    </message>
    <message>
        <source>drift needs --model.</source>
        <translation>drift को --model चाहिए।</translation>
    </message>
    <message>
        <source>The inputs of “%1” cannot be checked yet: that needs its training record (for when its training data ended) and at least %2 bars since then.</source>
        <translation>“%1” के इनपुट अभी जाँचे नहीं जा सकते: इसके लिए इसका प्रशिक्षण रिकॉर्ड (प्रशिक्षण डेटा कब समाप्त हुआ) और उसके बाद कम से कम %2 कैंडल चाहिए।</translation>
    </message>
    <message>
        <source>Feature	PSI	KS D	KS p	Drift</source>
        <translation>फ़ीचर	PSI	KS D	KS p	ड्रिफ्ट</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>No drift checks of “%1” yet: they run whenever its saved predictions get their actual values (predictions fill).</source>
        <translation>“%1” की अभी कोई ड्रिफ्ट जाँच नहीं: ये तब चलती हैं जब इसकी सहेजी गई भविष्यवाणियों को वास्तविक मान मिलते हैं (predictions fill)।</translation>
    </message>
    <message>
        <source>Checked	Kind	Horizon	Score	Threshold	Window	Drift</source>
        <translation>जाँचा गया	प्रकार	होराइज़न	स्कोर	सीमा	विंडो	ड्रिफ्ट</translation>
    </message>
    <message>
        <source>--stale-hours must be a positive number of hours.</source>
        <translation>--stale-hours घंटों की धनात्मक संख्या होनी चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n अलर्ट स्वीकार किया गया।</numerusform>
            <numerusform>%n अलर्ट स्वीकार किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>कोई खुला अलर्ट नहीं।</translation>
    </message>
    <message>
        <source>  (acknowledged)</source>
        <translation>  (स्वीकृत)</translation>
    </message>
    <message numerus="yes">
        <source>  search (%1, %n trial(s))</source>
        <translation>
            <numerusform>  खोज (%1, %n ट्रायल)</numerusform>
            <numerusform>  खोज (%1, %n ट्रायल)</numerusform>
        </translation>
    </message>
    <message>
        <source>  search (%1)</source>
        <translation>  खोज (%1)</translation>
    </message>
    <message>
        <source>  priority %1</source>
        <translation>  प्राथमिकता %1</translation>
    </message>
    <message>
        <source>queue add needs --symbol, --timeframe and --bot.</source>
        <translation>queue add को --symbol, --timeframe और --bot चाहिए।</translation>
    </message>
    <message>
        <source>already queued as job #%1</source>
        <translation>पहले से जॉब #%1 के रूप में कतार में</translation>
    </message>
    <message>
        <source>queued job #%1</source>
        <translation>जॉब #%1 कतार में जोड़ा गया</translation>
    </message>
    <message>
        <source>queue auto needs --symbols, --timeframes and --bots.</source>
        <translation>queue auto को --symbols, --timeframes और --bots चाहिए।</translation>
    </message>
    <message>
        <source>%1 jobs queued (%2 were already queued), %3 combinations skipped</source>
        <translation>%1 जॉब कतार में जोड़े गए (%2 पहले से कतार में थे), %3 संयोजन छोड़े गए</translation>
    </message>
    <message>
        <source>  skipped </source>
        <translation>  छोड़ा गया: </translation>
    </message>
    <message>
        <source>Queue run by process %1</source>
        <translation>प्रोसेस %1 द्वारा चलाई जा रही कतार</translation>
    </message>
    <message>
        <source>No queue is running</source>
        <translation>कोई कतार नहीं चल रही है</translation>
    </message>
    <message>
        <source>pending %1 · running %2 · completed %3 · failed %4 · cancelled %5 · interrupted %6</source>
        <translation>लंबित %1 · चल रहे %2 · पूरे %3 · विफल %4 · रद्द %5 · बाधित %6</translation>
    </message>
    <message>
        <source>  #%1 %2 %3%  %4</source>
        <translation>  #%1 %2 %3%  %4</translation>
    </message>
    <message>
        <source>-- recent --</source>
        <translation>-- हाल के --</translation>
    </message>
    <message>
        <source>queue %1 needs --job with a job id (see queue list).</source>
        <translation>queue %1 को जॉब id के साथ --job चाहिए (देखें queue list)।</translation>
    </message>
    <message>
        <source>job #%1 is pending again</source>
        <translation>जॉब #%1 फिर से लंबित है</translation>
    </message>
    <message>
        <source>job #%1 removed</source>
        <translation>जॉब #%1 हटाया गया</translation>
    </message>
    <message>
        <source>Sent “%1” to the queue running in process %2.</source>
        <translation>“%1” प्रोसेस %2 में चल रही कतार को भेजा गया।</translation>
    </message>
    <message>
        <source>No queue is running; removed %1 pending jobs.</source>
        <translation>कोई कतार नहीं चल रही है; %1 लंबित जॉब हटाए गए।</translation>
    </message>
    <message>
        <source>No queue is running; start one with: modeldeck-cli queue run</source>
        <translation>कोई कतार नहीं चल रही है; इससे एक शुरू करें: modeldeck-cli queue run</translation>
    </message>
    <message>
        <source>started </source>
        <translation>शुरू हुआ: </translation>
    </message>
    <message>
        <source>finished #%1 %2</source>
        <translation>पूरा हुआ #%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) whose model was saved before ModelDeck stopped marked completed</source>
        <translation>
            <numerusform>%n जॉब, जिसका मॉडल ModelDeck रुकने से पहले सहेजा गया था, पूर्ण चिह्नित किया गया</numerusform>
            <numerusform>%n जॉब, जिनका मॉडल ModelDeck रुकने से पहले सहेजा गया था, पूर्ण चिह्नित किए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left unfinished when ModelDeck stopped queued again</source>
        <translation>
            <numerusform>ModelDeck रुकने पर अधूरा रहा %n जॉब फिर से कतार में जोड़ा गया</numerusform>
            <numerusform>ModelDeck रुकने पर अधूरे रहे %n जॉब फिर से कतार में जोड़े गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed: interrupted %1 times in a row</source>
        <translation>
            <numerusform>%n जॉब विफल: लगातार %1 बार बाधित</numerusform>
            <numerusform>%n जॉब विफल: लगातार %1 बार बाधित</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue empty: %1 completed, %2 failed, %3 cancelled, %4 interrupted</source>
        <translation>कतार खाली: %1 पूरे, %2 विफल, %3 रद्द, %4 बाधित</translation>
    </message>
    <message>
        <source>queue needs one action: add, auto, list, status, run, retry, remove, pause, resume, stop or force-stop.</source>
        <translation>queue को एक क्रिया चाहिए: add, auto, list, status, run, retry, remove, pause, resume, stop या force-stop।</translation>
    </message>
    <message>
        <source>unknown queue action “%1”.</source>
        <translation>अज्ञात queue क्रिया “%1”।</translation>
    </message>
    <message>
        <source>--record must be a training record id.</source>
        <translation>--record प्रशिक्षण रिकॉर्ड id होना चाहिए।</translation>
    </message>
    <message>
        <source>retrain needs either --model NAME or --record ID.</source>
        <translation>retrain को --model NAME या --record ID में से एक चाहिए।</translation>
    </message>
    <message>
        <source>--reason is longer than %1 characters.</source>
        <translation>--reason %1 वर्णों से लंबा है।</translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation>पहले से जॉब %1 के रूप में कतार में — %2</translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation>जॉब %1 कतार में जोड़ा गया — %2</translation>
    </message>
    <message>
        <source>(no finished %1 job to estimate from yet)</source>
        <translation>(अनुमान के लिए अभी कोई पूरा हुआ %1 जॉब नहीं)</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>कोई जॉब %1 नहीं है।</translation>
    </message>
    <message>
        <source>Job %1 is a training job, not a search.</source>
        <translation>जॉब %1 प्रशिक्षण जॉब है, खोज नहीं।</translation>
    </message>
    <message>
        <source>Search job %1 is running in process %2.</source>
        <translation>खोज जॉब %1 प्रोसेस %2 में चल रहा है।</translation>
    </message>
    <message>
        <source>Search job %1 has completed; its model is record %2.</source>
        <translation>खोज जॉब %1 पूरा हो चुका है; इसका मॉडल रिकॉर्ड %2 है।</translation>
    </message>
    <message>
        <source>search needs --symbol, --timeframe and --bot (or --job N to resume).</source>
        <translation>search को --symbol, --timeframe और --bot चाहिए (या फिर शुरू करने के लिए --job N)।</translation>
    </message>
    <message>
        <source>The same search is already running as job %1 in process %2.</source>
        <translation>यही खोज पहले से प्रोसेस %2 में जॉब %1 के रूप में चल रही है।</translation>
    </message>
    <message>
        <source> · best validation skill %1</source>
        <translation> · सर्वश्रेष्ठ सत्यापन स्किल %1</translation>
    </message>
    <message>
        <source>Trial  State          Skill  Model skill  Seconds  Params</source>
        <translation>ट्रायल  स्थिति         स्किल  मॉडल स्किल  सेकंड    पैरामीटर</translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward over %n fold(s): RMSE %1 · naive RMSE %2 · skill vs naive %3</source>
        <translation>
            <numerusform>%n फ़ोल्ड पर वॉक-फ़ॉरवर्ड: RMSE %1 · नैव RMSE %2 · नैव की तुलना में स्किल %3</numerusform>
            <numerusform>%n फ़ोल्ड पर वॉक-फ़ॉरवर्ड: RMSE %1 · नैव RMSE %2 · नैव की तुलना में स्किल %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Best trial %1 retrained and saved as record %2: test RMSE %3 · skill vs naive %4</source>
        <translation>सर्वश्रेष्ठ ट्रायल %1 पुनः प्रशिक्षित और रिकॉर्ड %2 के रूप में सहेजा गया: टेस्ट RMSE %3 · नैव की तुलना में स्किल %4</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Search job %1 is no longer pending: another process took it.</source>
        <translation>खोज जॉब %1 अब लंबित नहीं है: किसी अन्य प्रोसेस ने इसे ले लिया।</translation>
    </message>
    <message>
        <source>Search job #%1: %2 %3 %4</source>
        <translation>खोज जॉब #%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); resume with search --job %1</source>
        <translation>बाधित (Ctrl+C); search --job %1 से फिर शुरू करें</translation>
    </message>
    <message>
        <source>import, symbols, resample, train, search, fetch, queue, predict, models, predictions, metrics, drift, alerts, audit, abtest, retrain, features or strategy</source>
        <translation>import, symbols, resample, train, search, fetch, queue, predict, models, predictions, metrics, drift, alerts, audit, abtest, retrain, features या strategy</translation>
    </message>
    <message>
        <source>Workspace folder (default: $MODELDECK_WORKSPACE or the per-user one).</source>
        <translation>वर्कस्पेस फ़ोल्डर (डिफ़ॉल्ट: $MODELDECK_WORKSPACE या प्रति-उपयोगकर्ता फ़ोल्डर)।</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>मशीन-पठनीय JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Symbol, e.g. TCS.NS.</source>
        <translation>सिंबल, जैसे TCS.NS।</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbol</translation>
    </message>
    <message>
        <source>Timeframe, e.g. 5m, 1h, 1d.</source>
        <translation>टाइमफ़्रेम, जैसे 5m, 1h, 1d।</translation>
    </message>
    <message>
        <source>tf</source>
        <translation>tf</translation>
    </message>
    <message>
        <source>Time zone of naive timestamps (IANA name).</source>
        <translation>नैव टाइमस्टैम्प का समय क्षेत्र (IANA नाम)।</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>auto, day-first or month-first for dates like 03-04-2024.</source>
        <translation>03-04-2024 जैसी तिथियों के लिए auto, day-first या month-first।</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Rows with impossible values (open or close outside low–high, negatives): keep imports them flagged as invalid, reject refuses the file (default: %1).</source>
        <translation>असंभव मानों वाली पंक्तियाँ (open या close, low–high के बाहर, ऋणात्मक): keep उन्हें अमान्य चिह्नित करके आयात करता है, reject फ़ाइल अस्वीकार करता है (डिफ़ॉल्ट: %1)।</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>Source timeframe (resample), or first date (fetch: YYYY-MM-DD or ISO time, UTC).</source>
        <translation>स्रोत टाइमफ़्रेम (resample), या प्रारंभ तिथि (fetch: YYYY-MM-DD या ISO समय, UTC)।</translation>
    </message>
    <message>
        <source>tf|date</source>
        <translation>tf|date</translation>
    </message>
    <message>
        <source>Target timeframe (resample), or end date, exclusive (fetch; default: now).</source>
        <translation>लक्ष्य टाइमफ़्रेम (resample), या समाप्ति तिथि, इसे छोड़कर (fetch; डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>Model: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive.</source>
        <translation>मॉडल: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive।</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>Bars ahead to predict (default 1).</source>
        <translation>भविष्यवाणी के लिए आगे की कैंडल (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Hyperparameters as JSON text or a JSON file.</source>
        <translation>JSON टेक्स्ट या JSON फ़ाइल के रूप में हाइपरपैरामीटर।</translation>
    </message>
    <message>
        <source>json|file</source>
        <translation>json|file</translation>
    </message>
    <message>
        <source>Torch threads per job (default: 1).</source>
        <translation>प्रति जॉब Torch थ्रेड (डिफ़ॉल्ट: 1)।</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Comma-separated symbols (queue auto, fetch).</source>
        <translation>अल्पविराम से अलग सिंबल (queue auto, fetch)।</translation>
    </message>
    <message>
        <source>Market-data provider: yahoo, binance or binance-us.</source>
        <translation>मार्केट-डेटा प्रदाता: yahoo, binance या binance-us।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Provider base URL, e.g. a mirror (default: the download/…BaseUrl setting).</source>
        <translation>प्रदाता का बेस URL, जैसे कोई मिरर (डिफ़ॉल्ट: download/…BaseUrl सेटिंग)।</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Comma-separated timeframes (queue auto).</source>
        <translation>अल्पविराम से अलग टाइमफ़्रेम (queue auto)।</translation>
    </message>
    <message>
        <source>Comma-separated bots (queue auto).</source>
        <translation>अल्पविराम से अलग बॉट (queue auto)।</translation>
    </message>
    <message>
        <source>Queue priority; higher runs first.</source>
        <translation>कतार प्राथमिकता; अधिक वाला पहले चलता है।</translation>
    </message>
    <message>
        <source>Concurrent training jobs for queue run (default: the cores divided by the threads per job).</source>
        <translation>queue run के लिए समवर्ती प्रशिक्षण जॉब (डिफ़ॉल्ट: कोर की संख्या को प्रति जॉब थ्रेड से भाग देकर)।</translation>
    </message>
    <message>
        <source>Job id (queue retry|remove).</source>
        <translation>जॉब id (queue retry|remove)।</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Automatic retries after a failure.</source>
        <translation>विफलता के बाद स्वचालित पुनः प्रयास।</translation>
    </message>
    <message>
        <source>Registered model name (predict, predictions list).</source>
        <translation>पंजीकृत मॉडल का नाम (predict, predictions list)।</translation>
    </message>
    <message>
        <source>Model name in the registry (models …).</source>
        <translation>रजिस्ट्री में मॉडल का नाम (models …)।</translation>
    </message>
    <message>
        <source>Model version (default: the latest).</source>
        <translation>मॉडल संस्करण (डिफ़ॉल्ट: नवीनतम)।</translation>
    </message>
    <message>
        <source>Training record id (models save).</source>
        <translation>प्रशिक्षण रिकॉर्ड id (models save)।</translation>
    </message>
    <message>
        <source>Model description.</source>
        <translation>मॉडल विवरण।</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Comma-separated model tags.</source>
        <translation>अल्पविराम से अलग मॉडल टैग।</translation>
    </message>
    <message>
        <source>Make the saved or imported model the active one of its symbol and timeframe.</source>
        <translation>सहेजे गए या आयात किए गए मॉडल को उसके सिंबल और टाइमफ़्रेम का सक्रिय मॉडल बनाएँ।</translation>
    </message>
    <message>
        <source>Store the prediction in the workspace (predict).</source>
        <translation>भविष्यवाणी को वर्कस्पेस में संग्रहीत करें (predict)।</translation>
    </message>
    <message>
        <source>The accuracy recorded at each fill, oldest first (metrics); past A/B tests (abtest); acknowledged ones too (alerts).</source>
        <translation>हर fill पर दर्ज सटीकता, सबसे पुरानी पहले (metrics); पिछले A/B टेस्ट (abtest); स्वीकृत अलर्ट भी (alerts)।</translation>
    </message>
    <message>
        <source>Folder to export into (models export).</source>
        <translation>निर्यात के लिए फ़ोल्डर (models export)।</translation>
    </message>
    <message>
        <source>JSON description of an imported model (default: FILE with .json).</source>
        <translation>आयात किए गए मॉडल का JSON विवरण (डिफ़ॉल्ट: .json वाली FILE)।</translation>
    </message>
    <message>
        <source>Most rows to list.</source>
        <translation>सूचीबद्ध करने के लिए अधिकतम पंक्तियाँ।</translation>
    </message>
    <message>
        <source>Search method: grid, random or bayes (default: bayes).</source>
        <translation>खोज विधि: grid, random या bayes (डिफ़ॉल्ट: bayes)।</translation>
    </message>
    <message>
        <source>Most trials of a search (default 20).</source>
        <translation>एक खोज के अधिकतम ट्रायल (डिफ़ॉल्ट 20)।</translation>
    </message>
    <message>
        <source>Wall-time budget of a search in seconds (default: none).</source>
        <translation>सेकंड में खोज का वास्तविक-समय बजट (डिफ़ॉल्ट: कोई नहीं)।</translation>
    </message>
    <message>
        <source>Search space as JSON text or a JSON file (default: the bot&apos;s).</source>
        <translation>JSON टेक्स्ट या JSON फ़ाइल के रूप में खोज स्पेस (डिफ़ॉल्ट: बॉट का)।</translation>
    </message>
    <message>
        <source>Walk-forward validation of the best configuration: train,test,step in bars, optionally ,sliding.</source>
        <translation>सर्वश्रेष्ठ कॉन्फ़िगरेशन का वॉक-फ़ॉरवर्ड सत्यापन: कैंडल में train,test,step, वैकल्पिक रूप से ,sliding।</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Seed of the search&apos;s sampler.</source>
        <translation>खोज के सैंपलर का seed।</translation>
    </message>
    <message>
        <source>queue add: a hyperparameter search job (with --method, --trials, …) instead of one training run.</source>
        <translation>queue add: एक प्रशिक्षण रन के बजाय हाइपरपैरामीटर खोज जॉब (--method, --trials, … के साथ)।</translation>
    </message>
    <message>
        <source>Acknowledge alerts: comma-separated ids, or all (alerts).</source>
        <translation>अलर्ट स्वीकार करें: अल्पविराम से अलग id, या all (alerts)।</translation>
    </message>
    <message>
        <source>ids|all</source>
        <translation>ids|all</translation>
    </message>
    <message>
        <source>Check the model&apos;s inputs for drift now (drift).</source>
        <translation>मॉडल के इनपुट में ड्रिफ्ट अभी जाँचें (drift)।</translation>
    </message>
    <message>
        <source>First raise an alert for each active model older than this (alerts).</source>
        <translation>पहले इससे पुराने हर सक्रिय मॉडल के लिए अलर्ट उठाएँ (alerts)।</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>The second registered model of an A/B test (abtest).</source>
        <translation>A/B टेस्ट का दूसरा पंजीकृत मॉडल (abtest)।</translation>
    </message>
    <message>
        <source>Version of --model-b (default: the latest).</source>
        <translation>--model-b का संस्करण (डिफ़ॉल्ट: नवीनतम)।</translation>
    </message>
    <message>
        <source>Forecasts each model makes in an A/B test (default 250).</source>
        <translation>A/B टेस्ट में हर मॉडल द्वारा किए जाने वाले पूर्वानुमान (डिफ़ॉल्ट 250)।</translation>
    </message>
    <message>
        <source>Activate the A/B test&apos;s winner, if the difference is significant (abtest).</source>
        <translation>अंतर सार्थक होने पर A/B टेस्ट के विजेता को सक्रिय करें (abtest)।</translation>
    </message>
    <message>
        <source>Why the model is retrained, kept with the job (retrain).</source>
        <translation>मॉडल को पुनः प्रशिक्षित करने का कारण, जॉब के साथ रखा जाता है (retrain)।</translation>
    </message>
    <message>
        <source>queue run: keep running and retrain stale active models in the retraining window (Settings ▸ Retraining).</source>
        <translation>queue run: चलते रहें और पुनः प्रशिक्षण विंडो में पुराने सक्रिय मॉडल पुनः प्रशिक्षित करें (सेटिंग्स ▸ पुनः प्रशिक्षण)।</translation>
    </message>
    <message>
        <source>Confirm without asking (importing runs code from the file; deleting is final).</source>
        <translation>बिना पूछे पुष्टि करें (आयात करने से फ़ाइल का कोड चलता है; हटाना अंतिम है)।</translation>
    </message>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation>“%1” पर ड्रिफ्ट: पुनः प्रशिक्षण कतार में नहीं जोड़ा जा सका: %2</translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation>“%1” पर ड्रिफ्ट: इसका पुनः प्रशिक्षण पहले से जॉब %2 के रूप में कतार में है।</translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
        <translation>“%1” पर ड्रिफ्ट: पुनः प्रशिक्षण जॉब %2 कतार में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Retraining schedule: %1–%2, models older than %3 hours, at most %4 per run, checked every %5 min</source>
        <translation>पुनः प्रशिक्षण शेड्यूल: %1–%2, %3 घंटे से पुराने मॉडल, प्रति रन अधिकतम %4, हर %5 मिनट में जाँच</translation>
    </message>
    <message>
        <source>Scheduled retraining: %1 queued, %2 already queued</source>
        <translation>शेड्यूल किया गया पुनः प्रशिक्षण: %1 कतार में जोड़े गए, %2 पहले से कतार में</translation>
    </message>
    <message>
        <source>  job %1: %2 %3 %4 — %5</source>
        <translation>  जॉब %1: %2 %3 %4 — %5</translation>
    </message>
    <message>
        <source>Not refreshing before retraining: %1</source>
        <translation>पुनः प्रशिक्षण से पहले रीफ़्रेश नहीं हो रहा: %1</translation>
    </message>
    <message>
        <source>Not refreshing before retraining: the workspace&apos;s series cannot be read.</source>
        <translation>पुनः प्रशिक्षण से पहले रीफ़्रेश नहीं हो रहा: वर्कस्पेस की सीरीज़ पढ़ी नहीं जा सकतीं।</translation>
    </message>
    <message>
        <source>Not refreshed: %1 %2: %3</source>
        <translation>रीफ़्रेश नहीं हुआ: %1 %2: %3</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>%1 रीफ़्रेश करना विफल: %2</translation>
    </message>
    <message>
        <source>Refreshed %1 %2</source>
        <translation>रीफ़्रेश किया गया %1 %2</translation>
    </message>
    <message>
        <source>--param must be key=value; got “%1”.</source>
        <translation>--param key=value होना चाहिए; मिला “%1”।</translation>
    </message>
    <message>
        <source>--%1 is a fraction per trade side from 0 to below 1 (0.001 = 0.1 %); got “%2”.</source>
        <translation>--%1 प्रति ट्रेड पक्ष 0 से 1 से कम तक का भिन्न है (0.001 = 0.1 %); मिला “%2”।</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of 0 or more.</source>
        <translation>--%1 0 या अधिक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>  Total return %1 · buy and hold %2 · CAGR %3</source>
        <translation>  कुल रिटर्न %1 · बाय एंड होल्ड %2 · CAGR %3</translation>
    </message>
    <message>
        <source>  Sharpe %1 · Sortino %2 · max drawdown %3 · Calmar %4</source>
        <translation>  Sharpe %1 · Sortino %2 · अधिकतम ड्रॉडाउन %3 · Calmar %4</translation>
    </message>
    <message>
        <source>  Trades %1 · win rate %2 · profit factor %3 · exposure %4</source>
        <translation>  ट्रेड %1 · जीत दर %2 · प्रॉफ़िट फ़ैक्टर %3 · एक्सपोज़र %4</translation>
    </message>
    <message>
        <source>strategy %1 needs --symbol, --timeframe and --strategy.</source>
        <translation>strategy %1 के लिए --symbol, --timeframe और --strategy आवश्यक हैं।</translation>
    </message>
    <message>
        <source>%1 on %2 %3 (%4 bars): %5</source>
        <translation>%2 %3 पर %1 (%4 कैंडल): %5</translation>
    </message>
    <message numerus="yes">
        <source>Last %n trade(s):</source>
        <translation>
            <numerusform>अंतिम %n ट्रेड:</numerusform>
            <numerusform>अंतिम %n ट्रेड:</numerusform>
        </translation>
    </message>
    <message>
        <source>long </source>
        <translation>लॉन्ग </translation>
    </message>
    <message>
        <source>short</source>
        <translation>शॉर्ट</translation>
    </message>
    <message>
        <source> (open)</source>
        <translation> (खुला)</translation>
    </message>
    <message>
        <source>--optimizer must be tpe, random or grid; got “%1”.</source>
        <translation>--optimizer tpe, random या grid होना चाहिए; मिला “%1”।</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed एक पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--save needs a NAME: strategy train … --save NAME.</source>
        <translation>--save के लिए NAME चाहिए: strategy train … --save NAME।</translation>
    </message>
    <message>
        <source> fold %1/%2</source>
        <translation> फ़ोल्ड %1/%2</translation>
    </message>
    <message>
        <source> · %1/%2</source>
        <translation> · %1/%2</translation>
    </message>
    <message>
        <source> · best %1 %2 %3</source>
        <translation> · सर्वश्रेष्ठ %1 %2 %3</translation>
    </message>
    <message>
        <source> · current %1</source>
        <translation> · वर्तमान %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 %3: best %4 %5 with %6 over %n trial(s)</source>
        <translation>
            <numerusform>%2 %3 पर %1: %n ट्रायल में सर्वश्रेष्ठ %4 %5, %6 के साथ</numerusform>
            <numerusform>%2 %3 पर %1: %n ट्रायल में सर्वश्रेष्ठ %4 %5, %6 के साथ</numerusform>
        </translation>
    </message>
    <message>
        <source>On the optimisation window (%1 bars):</source>
        <translation>ऑप्टिमाइज़ेशन विंडो पर (%1 कैंडल):</translation>
    </message>
    <message>
        <source>Walk-forward (each fold searched on its train window, tested on the next):</source>
        <translation>वॉक-फ़ॉरवर्ड (प्रत्येक फ़ोल्ड उसकी प्रशिक्षण विंडो पर खोजा गया, अगली पर टेस्ट किया गया):</translation>
    </message>
    <message>
        <source>  fold %1  test %2 … %3  return %4 (buy and hold %5)  %6 %7  %8</source>
        <translation>  फ़ोल्ड %1  टेस्ट %2 … %3  रिटर्न %4 (बाय एंड होल्ड %5)  %6 %7  %8</translation>
    </message>
    <message>
        <source>  chained test return %1 · buy and hold %2 · %3 of %4 folds positive</source>
        <translation>  श्रृंखलित टेस्ट रिटर्न %1 · बाय एंड होल्ड %2 · %4 में से %3 फ़ोल्ड धनात्मक</translation>
    </message>
    <message>
        <source>Saved as strategy configuration “%1” (id %2).</source>
        <translation>रणनीति कॉन्फ़िगरेशन “%1” (id %2) के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>No saved strategy configurations.</source>
        <translation>कोई सहेजा गया रणनीति कॉन्फ़िगरेशन नहीं।</translation>
    </message>
    <message>
        <source>strategy %1 needs --name NAME (or the id).</source>
        <translation>strategy %1 के लिए --name NAME (या id) आवश्यक है।</translation>
    </message>
    <message>
        <source>strategy export needs --out FILE.</source>
        <translation>strategy export के लिए --out FILE आवश्यक है।</translation>
    </message>
    <message>
        <source>Overwrite %1?</source>
        <translation>%1 अधिलेखित करें?</translation>
    </message>
    <message>
        <source>%1 exists; pass --yes to overwrite it.</source>
        <translation>%1 मौजूद है; अधिलेखित करने के लिए --yes दें।</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” को %2 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Delete strategy configuration “%1”?</source>
        <translation>रणनीति कॉन्फ़िगरेशन “%1” हटाएँ?</translation>
    </message>
    <message>
        <source>Not deleted; pass --yes to confirm.</source>
        <translation>हटाया नहीं गया; पुष्टि के लिए --yes दें।</translation>
    </message>
    <message>
        <source>Deleted strategy configuration “%1”.</source>
        <translation>रणनीति कॉन्फ़िगरेशन “%1” हटाया गया।</translation>
    </message>
    <message>
        <source>A strategy parameter, key=value; repeat for more.</source>
        <translation>एक रणनीति पैरामीटर, key=value; अधिक के लिए दोहराएँ।</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Commission per trade side as a fraction (0.001).</source>
        <translation>प्रति ट्रेड पक्ष कमीशन, भिन्न के रूप में (0.001)।</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>भिन्न</translation>
    </message>
    <message>
        <source>Slippage per trade side as a fraction of the price.</source>
        <translation>प्रति ट्रेड पक्ष स्लिपेज, मूल्य के भिन्न के रूप में।</translation>
    </message>
    <message>
        <source>Allow short positions (strategy backtest|train).</source>
        <translation>शॉर्ट पोज़ीशन की अनुमति दें (strategy backtest|train)।</translation>
    </message>
    <message>
        <source>What strategy train maximises: %1 (default sharpe).</source>
        <translation>strategy train किसे अधिकतम करता है: %1 (डिफ़ॉल्ट sharpe)।</translation>
    </message>
    <message>
        <source>tpe (default), random or grid (strategy train).</source>
        <translation>tpe (डिफ़ॉल्ट), random या grid (strategy train)।</translation>
    </message>
    <message>
        <source>Backtests per search (strategy train; default 50).</source>
        <translation>प्रति खोज बैकटेस्ट (strategy train; डिफ़ॉल्ट 50)।</translation>
    </message>
    <message>
        <source>Walk-forward train window in days (strategy train).</source>
        <translation>दिनों में वॉक-फ़ॉरवर्ड प्रशिक्षण विंडो (strategy train)।</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Walk-forward test window in days (strategy train).</source>
        <translation>दिनों में वॉक-फ़ॉरवर्ड टेस्ट विंडो (strategy train)।</translation>
    </message>
    <message>
        <source>strategy backtest --json: add the equity and drawdown per bar.</source>
        <translation>strategy backtest --json: प्रति कैंडल इक्विटी और ड्रॉडाउन जोड़ें।</translation>
    </message>
    <message>
        <source>ModelDeck command line.

Commands:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h
  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads N]
  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] [--to DATE]
        [--base-url URL]   (without --from: from the newest stored bar)
  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] [--seconds N]
         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] [--seed N] [--workers N]
  search --job N   (resume a stopped search from its recorded trials)
  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] [--max-retries N]
            [--search with the search options above]
  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]
  queue retry|remove --job N
  queue list | status | run | pause | resume | stop | force-stop
  queue run --schedule   (keeps running; retrains stale active models in the retraining window)
  retrain --model NAME | --record ID [--reason TEXT]   (job id, duplicate, ETA)
  predict --model NAME --horizon H [--save]
  models list [--name N] [--symbol S] [--timeframe T]
  models save --record ID --name N [--description D] [--tags a,b] [--activate]
  models activate --name N [--model-version V]
  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] [--activate] --yes
  models export --name N [--model-version V] --out DIR [--yes to overwrite]
  models delete --name N [--model-version V] --yes
  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions fill
  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (saved predictions vs their actuals)
  drift --model N [--check] [--limit N]   (stored drift checks; --check tests the inputs now)
  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (drift, repeated job failures, stale active models)
  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (who did what, newest first)
  alerts [--history] [--limit N]   (drift found in saved models&apos; live accuracy)
  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] [--horizon H]
         [--activate-winner]   (both on the same recent bars; Diebold–Mariano verdict)
  abtest --history [--model A] [--model-b B] [--limit N]
  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
        (a table to train on elsewhere; bench/reference/export_xgboost.py imports back)
  strategy list   (built-in strategies and their parameter spaces)
  strategy backtest --symbol S --timeframe T --strategy NAME [--param k=v ...] [--commission F] [--slippage F] [--short] [--curves]
  strategy train --symbol S --timeframe T --strategy NAME [--objective sharpe] [--optimizer tpe|random|grid] [--budget N]
        [--train-days D --test-days D] [--param k=v (held fixed)] [--space JSON|FILE] [--seed N] [--save NAME] [--queue]
  strategy job-result JOB   (a finished strategy training job&apos;s result)
  strategy configs [--symbol S] [--timeframe T] [--strategy NAME] | show|delete --name N|ID | export --name N --out FILE</source>
        <translation>ModelDeck कमांड लाइन।

कमांड:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h
  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads N]
  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] [--to DATE]
        [--base-url URL]   (--from के बिना: सबसे नई संग्रहीत कैंडल से)
  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] [--seconds N]
         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] [--seed N] [--workers N]
  search --job N   (रुकी हुई खोज को उसके दर्ज ट्रायल से फिर शुरू करें)
  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] [--max-retries N]
            [--search ऊपर दिए खोज विकल्पों के साथ]
  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]
  queue retry|remove --job N
  queue list | status | run | pause | resume | stop | force-stop
  queue run --schedule   (चलता रहता है; पुनः प्रशिक्षण विंडो में पुराने सक्रिय मॉडल पुनः प्रशिक्षित करता है)
  retrain --model NAME | --record ID [--reason TEXT]   (जॉब id, डुप्लिकेट, ETA)
  predict --model NAME --horizon H [--save]
  models list [--name N] [--symbol S] [--timeframe T]
  models save --record ID --name N [--description D] [--tags a,b] [--activate]
  models activate --name N [--model-version V]
  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] [--activate] --yes
  models export --name N [--model-version V] --out DIR [--yes अधिलेखन के लिए]
  models delete --name N [--model-version V] --yes
  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions fill
  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (सहेजी गई भविष्यवाणियाँ बनाम उनके वास्तविक मान)
  drift --model N [--check] [--limit N]   (संग्रहीत ड्रिफ्ट जाँचें; --check इनपुट अभी जाँचता है)
  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (ड्रिफ्ट, बार-बार विफल जॉब, पुराने सक्रिय मॉडल)
  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (किसने क्या किया, सबसे नया पहले)
  alerts [--history] [--limit N]   (सहेजे गए मॉडल की लाइव सटीकता में मिला ड्रिफ्ट)
  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] [--horizon H]
         [--activate-winner]   (दोनों समान हाल की कैंडल पर; Diebold–Mariano निर्णय)
  abtest --history [--model A] [--model-b B] [--limit N]
  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
        (कहीं और प्रशिक्षण के लिए तालिका; bench/reference/export_xgboost.py वापस आयात करता है)
  strategy list   (अंतर्निहित रणनीतियाँ और उनके पैरामीटर स्पेस)
  strategy backtest --symbol S --timeframe T --strategy NAME [--param k=v ...] [--commission F] [--slippage F] [--short] [--curves]
  strategy train --symbol S --timeframe T --strategy NAME [--objective sharpe] [--optimizer tpe|random|grid] [--budget N]
        [--train-days D --test-days D] [--param k=v (स्थिर रखा गया)] [--space JSON|FILE] [--seed N] [--save NAME] [--queue]
  strategy job-result JOB   (पूरे हुए रणनीति प्रशिक्षण जॉब का परिणाम)
  strategy configs [--symbol S] [--timeframe T] [--strategy NAME] | show|delete --name N|ID | export --name N --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>  strategy (%1, %2, %n backtest(s))</source>
        <translation>
            <numerusform>  रणनीति (%1, %2, %n बैकटेस्ट)</numerusform>
            <numerusform>  रणनीति (%1, %2, %n बैकटेस्ट)</numerusform>
        </translation>
    </message>
    <message>
        <source> → saves “%1”</source>
        <translation> → “%1” सहेजता है</translation>
    </message>
    <message>
        <source>Job %1 is a strategy training, not a search; see strategy job-result %1.</source>
        <translation>जॉब %1 रणनीति प्रशिक्षण है, खोज नहीं; strategy job-result %1 देखें।</translation>
    </message>
    <message>
        <source>strategy train: queue the training as a job instead of running it (prints the job id).</source>
        <translation>strategy train: प्रशिक्षण चलाने के बजाय उसे जॉब के रूप में कतार में डालें (जॉब id दिखाता है)।</translation>
    </message>
    <message>
        <source>strategy needs list, backtest, train, job-result, configs, show, export or delete.</source>
        <translation>strategy के लिए list, backtest, train, job-result, configs, show, export या delete आवश्यक है।</translation>
    </message>
    <message>
        <source>It runs when the queue runs (the app, or modeldeck-cli queue run); then: modeldeck-cli strategy job-result %1</source>
        <translation>यह तब चलता है जब कतार चलती है (ऐप, या modeldeck-cli queue run); फिर: modeldeck-cli strategy job-result %1</translation>
    </message>
    <message>
        <source>strategy job-result needs a job id: strategy job-result JOB.</source>
        <translation>strategy job-result को जॉब id चाहिए: strategy job-result JOB.</translation>
    </message>
    <message>
        <source>Strategy job %1 (finished %2):</source>
        <translation>रणनीति जॉब %1 (%2 को पूरा हुआ):</translation>
    </message>
    <message>
        <source>strategy %1 needs --param %2=…</source>
        <translation>strategy %1 को --param %2=… चाहिए</translation>
    </message>
    <message>
        <source>  Forecasts of “%1” v%2 (horizon %3), trained on bars up to %4: no signal before the first bar after them.</source>
        <translation>  “%1” v%2 के पूर्वानुमान (होराइज़न %3), %4 तक की कैंडलों पर प्रशिक्षित: उनके बाद की पहली कैंडल से पहले कोई सिग्नल नहीं।</translation>
    </message>
    <message>
        <source>  First tradable bar %1 (%2); %3 forecasts.</source>
        <translation>  पहली ट्रेड योग्य कैंडल %1 (%2); %3 पूर्वानुमान।</translation>
    </message>
    <message>
        <source>fixed, never searched: a registered model&apos;s name or id</source>
        <translation>स्थिर, कभी खोजा नहीं जाता: किसी रजिस्टर्ड मॉडल का नाम या ID</translation>
    </message>
    <message>
        <source>Strategy: ma_crossover, rsi_reversion, bollinger_breakout, volume_spike_reversal or model_signal (strategy …).</source>
        <translation>रणनीति: ma_crossover, rsi_reversion, bollinger_breakout, volume_spike_reversal या model_signal (strategy …)।</translation>
    </message>
</context>
</TS>
