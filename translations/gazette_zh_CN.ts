<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gazette::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文章</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen&apos;s κ</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>片段 F1</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the two annotators on tokens</source>
        <translation>两位标注者在词元上的 Cohen&apos;s kappa</translation>
    </message>
    <message>
        <source>F1 of spans with the same start, end and label</source>
        <translation>起点、终点和标签都相同的片段的 F1</translation>
    </message>
    <message>
        <source>Spans of the first and the second annotator</source>
        <translation>第一位和第二位标注者的片段</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha of all annotators on tokens</source>
        <translation>所有标注者在词元上的 Krippendorff&apos;s alpha</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>标注者(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs two annotators; these articles have %n.</source>
        <translation>
            <numerusform>一致性需要两位标注者；这些文章只有 %n 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 tokens; annotators: %2.</source>
        <translation>
            <numerusform>%n 篇文章，%1 个词元；标注者：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
</context>
<context>
    <name>Gazette::Annotation</name>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;label…</source>
        <translation>重新标注(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>下一个建议(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>上一个建议(&amp;P)</translation>
    </message>
    <message>
        <source>Clear Span Selection</source>
        <translation>取消片段选择</translation>
    </message>
    <message>
        <source>Start One Word &amp;Earlier</source>
        <translation>起点前移一个词(&amp;E)</translation>
    </message>
    <message>
        <source>Start One Word &amp;Later</source>
        <translation>起点后移一个词(&amp;L)</translation>
    </message>
    <message>
        <source>End One Word Ea&amp;rlier</source>
        <translation>终点前移一个词(&amp;R)</translation>
    </message>
    <message>
        <source>End One Word La&amp;ter</source>
        <translation>终点后移一个词(&amp;T)</translation>
    </message>
    <message>
        <source>Accept All Suggestions of This &amp;Entity</source>
        <translation>接受此实体的所有建议(&amp;E)</translation>
    </message>
    <message>
        <source>Show All &amp;Mentions</source>
        <translation>显示所有提及(&amp;M)</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标注为%1</translation>
    </message>
    <message>
        <source>Label Exactly as %1</source>
        <translation>按原样标注为%1</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationEditor</name>
    <message>
        <source>Select some text first, then choose its label.</source>
        <translation>请先选择文本，然后选择其标签。</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationStore</name>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation>无法升级“%1”：%2</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>未打开任何文库。</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>该文章已不存在。</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>该标注已不存在。</translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation>该实体已不存在。</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>该事实已不存在。</translation>
    </message>
    <message>
        <source>The library is busy: another program (or another Gazette) has been writing to it for too long. Nothing was changed; try again when it is done.</source>
        <translation>文库正忙：另一个程序（或另一个 Gazette）写入时间过长。未做任何更改；请待其完成后重试。</translation>
    </message>
    <message>
        <source>The connection to the library “%1” was lost: nothing was saved. The library is read-only until Gazette reconnects.</source>
        <translation>与资料库“%1”的连接已断开：未保存任何内容。在 Gazette 重新连接之前，资料库为只读。</translation>
    </message>
    <message>
        <source>The library “%1” is read-only while its server cannot be reached: nothing was saved.</source>
        <translation>服务器无法连接期间，资料库“%1”为只读：未保存任何内容。</translation>
    </message>
    <message>
        <source>Someone else set the review status of “%1” to “%2” meanwhile; your change to “%3” was not saved.</source>
        <translation>其他人已将“%1”的审阅状态改为“%2”；您改为“%3”的修改未保存。</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Another annotator changed this annotation first (%1): it is now %2 “%3” at %4–%5, %6, version %7. Your change was not saved.</source>
        <translation>另一位标注者先修改了此标注（%1）：现在为 %2“%3”，位置 %4–%5，%6，版本 %7。您的修改未保存。</translation>
    </message>
    <message>
        <source>Another annotator removed this annotation meanwhile. Your change was not saved.</source>
        <translation>另一位标注者已删除此标注。您的修改未保存。</translation>
    </message>
    <message>
        <source>Another annotator changed this fact first (%1): it is now “%2 %3 %4”, %5, version %6. Your change was not saved.</source>
        <translation>另一位标注者先修改了此事实（%1）：现在为“%2 %3 %4”，%5，版本 %6。您的修改未保存。</translation>
    </message>
    <message>
        <source>Another annotator removed this fact meanwhile. Your change was not saved.</source>
        <translation>另一位标注者已删除此事实。您的修改未保存。</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may set an article&apos;s final status, take spans into the final layer, assign articles or remove them. Nothing was saved. (%1)</source>
        <translation>服务器拒绝了您的修改：只有审定者可以设置文章的最终状态、将片段采纳到最终层、分配文章或删除文章。未保存任何内容。（%1）</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may remove articles. Nothing was saved.</source>
        <translation>服务器拒绝了您的修改：只有审定者可以删除文章。未保存任何内容。</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may change an article that is done. Nothing was saved.</source>
        <translation>服务器拒绝了您的修改：只有审定者可以修改已完成的文章。未保存任何内容。</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may reopen “%1”, which is done. Nothing was saved.</source>
        <translation>服务器拒绝了您的修改：“%1”已完成，只有审定者可以重新打开。未保存任何内容。</translation>
    </message>
    <message>
        <source>The server refused your change: it belongs to %1, and an annotator may change only their own annotations and facts and the extractor&apos;s suggestions (a curator may change any). Nothing was saved.</source>
        <translation>服务器拒绝了您的修改：它属于 %1，标注者只能修改自己的标注和事实以及抽取器的建议（审定者可以修改全部）。未保存任何内容。</translation>
    </message>
    <message>
        <source>the final layer</source>
        <translation>最终层</translation>
    </message>
</context>
<context>
    <name>Gazette::Article</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Gazette::ArticleIntake</name>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation>已导入 %1 篇文章；%2 篇已在文库中；%3 篇失败。</translation>
    </message>
    <message>
        <source>%1 updated to a newer version.</source>
        <translation>%1 篇已更新为新版本。</translation>
    </message>
</context>
<context>
    <name>Gazette::ArticleStatus</name>
    <message>
        <source>No article open  ·  Library %1 (articles: %2)</source>
        <translation>未打开文章  ·  文库 %1（文章：%2）</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>词数：%1</translation>
    </message>
    <message>
        <source>%1/%2 suggestions reviewed</source>
        <translation>已审阅 %1/%2 条建议</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>文库 %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n import warning(s)</source>
        <translation>
            <numerusform>⚠ %n 条导入警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gazette::BratFormat</name>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat standoff 格式（.txt + .ann）</translation>
    </message>
    <message>
        <source>brat has no confidence, rule or author: they are left out.</source>
        <translation>brat 不支持置信度、规则和作者：这些信息将被省略。</translation>
    </message>
    <message>
        <source>Facts become relations only when both sides are entities mentioned in the text; facts with a literal value (such as 16%) are left out.</source>
        <translation>仅当两端都是文中提及的实体时，事实才会转换为关系；带有字面值（如 16%）的事实将被省略。</translation>
    </message>
    <message>
        <source>Line %1 of the .ann file is not a valid span: %2</source>
        <translation>.ann 文件第 %1 行不是有效的片段：%2</translation>
    </message>
    <message>
        <source>Line %1: the text at %2–%3 is “%4”, not “%5”.</source>
        <translation>第 %1 行：位置 %2–%3 处的文本是“%4”，而不是“%5”。</translation>
    </message>
    <message>
        <source>Entity links become brat normalizations (N lines, gazette:entity-ID); brat has no entity names or aliases.</source>
        <translation>实体链接写为 brat 规范化条目（N 行，gazette:entity-ID）；brat 不含实体名称或别名。</translation>
    </message>
    <message>
        <source>A relation&apos;s evidence is read back as the text from one mention to the other; its kind and status are attributes (A lines).</source>
        <translation>读回时，关系的证据取自一个提及到另一个提及之间的文本；其类型和状态以属性（A 行）保存。</translation>
    </message>
</context>
<context>
    <name>Gazette::ChartView</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>保存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Gazette::Cli</name>
    <message>
        <source>gazette: unknown command “%1”</source>
        <translation>gazette: 未知命令“%1”</translation>
    </message>
    <message>
        <source>Data format.</source>
        <translation>数据格式。</translation>
    </message>
    <message>
        <source>Article id (repeatable).</source>
        <translation>文章 ID（可重复指定）。</translation>
    </message>
    <message>
        <source>Leave suggestions out.</source>
        <translation>不包含建议。</translation>
    </message>
    <message>
        <source>Leave facts out.</source>
        <translation>不包含事实。</translation>
    </message>
    <message>
        <source>Output file or folder.</source>
        <translation>输出文件或文件夹。</translation>
    </message>
    <message>
        <source>gazette export: unknown format “%1”; one of: %2</source>
        <translation>gazette export: 未知格式“%1”；可选格式：%2</translation>
    </message>
    <message>
        <source>gazette export: no library at “%1”</source>
        <translation>gazette export: “%1”处没有文库</translation>
    </message>
    <message>
        <source>gazette export: the library has no article %1</source>
        <translation>gazette export: 文库中没有文章 %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Exported %1 article(s) as %2 into %3 file(s).</source>
        <translation>已将 %1 篇文章导出为 %2，共 %3 个文件。</translation>
    </message>
    <message>
        <source>Wrote a report of %1 article(s) to %2.</source>
        <translation>已将包含 %1 篇文章的报告写入 %2。</translation>
    </message>
    <message>
        <source>Seconds to wait for a web page.</source>
        <translation>等待网页的秒数。</translation>
    </message>
    <message>
        <source>gazette import: give files, folders or web addresses, and --library LIB</source>
        <translation>gazette import: 请指定文件、文件夹或网址，以及 --library LIB</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation>已导入 %1 篇文章；%2 篇已在文库中；%3 篇失败。</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>gazette export: give either FILE... or --library LIB, and -o OUT</source>
        <translation>gazette export: 请指定 FILE... 或 --library LIB，并指定 -o OUT</translation>
    </message>
    <message>
        <source>gazette export: there is no article to export</source>
        <translation>gazette export: 没有可导出的文章</translation>
    </message>
    <message>
        <source>Import without suggestions.</source>
        <translation>导入时不生成建议。</translation>
    </message>
    <message>
        <source>json, brat or conll.</source>
        <translation>json、brat 或 conll。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <source>gazette extract: unknown format “%1”; one of: %2</source>
        <translation>gazette extract: 未知格式“%1”；可选格式：%2</translation>
    </message>
    <message>
        <source>gazette extract: name at least one FILE</source>
        <translation>gazette extract: 请至少指定一个 FILE</translation>
    </message>
    <message>
        <source>gazette extract: cannot create the folder “%1”</source>
        <translation>gazette extract: 无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>gazette extract: %1: %2</source>
        <translation>gazette extract: %1：%2</translation>
    </message>
    <message>
        <source>gazette extract: %1: the file is larger than %2 MiB</source>
        <translation>gazette extract: %1：文件大于 %2 MiB</translation>
    </message>
    <message>
        <source>gazette extract: %1: the file has no text</source>
        <translation>gazette extract: %1：文件中没有文本</translation>
    </message>
    <message>
        <source>%1: %2 annotations, %3 facts -&gt; %4</source>
        <translation>%1：%2 个标注，%3 个事实 -&gt; %4</translation>
    </message>
    <message>
        <source>Labels to score, comma-separated.</source>
        <translation>要评分的标签，以逗号分隔。</translation>
    </message>
    <message>
        <source>List every missed and spurious span.</source>
        <translation>列出每个漏报和误报的片段。</translation>
    </message>
    <message>
        <source>give one GOLD_DIR</source>
        <translation>请指定一个 GOLD_DIR</translation>
    </message>
    <message>
        <source>spurious</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏报</translation>
    </message>
    <message>
        <source>%1 gold articles</source>
        <translation>%1 篇金标准文章</translation>
    </message>
    <message>
        <source>Model file to write.</source>
        <translation>要写入的模型文件。</translation>
    </message>
    <message>
        <source>Passes over the data.</source>
        <translation>遍历数据的轮数。</translation>
    </message>
    <message>
        <source>give BRAT_DIR... and -o MODEL</source>
        <translation>请给出 BRAT_DIR... 和 -o MODEL</translation>
    </message>
    <message>
        <source>Trained on %1 articles (%2 spans): %3 features, written to %4.</source>
        <translation>已在 %1 篇文章（%2 个片段）上训练：%3 个特征，已写入 %4。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Exports articles as reports or data; FILE... are imported and extracted first. FMT: %1</source>
        <translation>将文章导出为报告或数据；FILE... 会先被导入并提取。FMT：%1</translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions.</source>
        <translation>将文章（文本、Markdown、网页、RSS/Atom 订阅源）连同建议添加到资料库。</translation>
    </message>
    <message>
        <source>Annotates text files as they are: offsets refer to each file&apos;s text.</source>
        <translation>按原样标注文本文件：偏移量指向各文件自身的文本。</translation>
    </message>
    <message>
        <source>Scores the extractor against brat gold files (NAME.txt + NAME.ann).</source>
        <translation>用 brat 黄金标准文件（NAME.txt + NAME.ann）评估提取器。</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
    <message>
        <source>Read the files as this data format with their annotations (json, jsonld, brat, conll, spacy); by default from the name.</source>
        <translation>按此数据格式连同标注读取文件（json、jsonld、brat、conll、spacy）；默认根据文件名判断。</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>提示：%1：%2</translation>
    </message>
    <message>
        <source>gazette import: unknown format “%1”</source>
        <translation>gazette import：未知格式“%1”</translation>
    </message>
    <message>
        <source>Library file or postgresql:// URI.</source>
        <translation>文库文件或 postgresql:// URI。</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>annotation %1: %2 “%3” at %4–%5, %6, version %7, last changed by %8</source>
        <translation>标注 %1：%2“%3”，位于 %4–%5，%6，版本 %7，最后修改者 %8</translation>
    </message>
    <message>
        <source>the extractor</source>
        <translation>抽取器</translation>
    </message>
    <message>
        <source>Copies a whole library into a new one: a file to a PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME) or back, with annotations, entities, facts, the lexicon and the history, and checks that every table holds as many rows as the original.</source>
        <translation>将整个文库复制到新文库：从文件到 PostgreSQL 数据库（postgresql://USER@HOST:PORT/DBNAME）或反向，包括标注、实体、事实、词典和历史，并核对每张表的行数与原文库一致。</translation>
    </message>
    <message>
        <source>gazette library: use “gazette library copy SRC DST”</source>
        <translation>gazette library：请使用“gazette library copy SRC DST”</translation>
    </message>
    <message>
        <source>gazette library: no library at “%1”</source>
        <translation>gazette library：“%1”处没有文库</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3; every count checked.</source>
        <translation>已将 %1 复制到 %2：%3；所有数量均已核对。</translation>
    </message>
    <message>
        <source>The annotation&apos;s id.</source>
        <translation>标注的编号。</translation>
    </message>
    <message>
        <source>Give it this label.</source>
        <translation>赋予此标签。</translation>
    </message>
    <message>
        <source>Accept it.</source>
        <translation>接受。</translation>
    </message>
    <message>
        <source>Reject it.</source>
        <translation>拒绝。</translation>
    </message>
    <message>
        <source>The version you saw: refused when someone changed it since.</source>
        <translation>您看到的版本：若此后有人修改过，则拒绝写入。</translation>
    </message>
    <message>
        <source>Your name, on a library file (a server knows your role).</source>
        <translation>您的名字（用于文库文件；服务器知道您的角色）。</translation>
    </message>
    <message>
        <source>Corrects an annotation. When another annotator changed it first, nothing is written: the command says so, shows the annotation as it is now and exits with status 3.</source>
        <translation>更正一条标注。若其他标注者已先修改，则不写入任何内容：命令会说明情况，显示该标注的当前状态，并以状态 3 退出。</translation>
    </message>
    <message>
        <source>gazette edit: give --library LIB, --annotation ID and --label L, --accept or --reject</source>
        <translation>gazette edit：请提供 --library LIB、--annotation ID 以及 --label L、--accept 或 --reject</translation>
    </message>
    <message>
        <source>gazette edit: no library at “%1”</source>
        <translation>gazette edit：“%1”处没有文库</translation>
    </message>
    <message>
        <source>gazette edit: the library has no annotation %1</source>
        <translation>gazette edit：文库中没有标注 %1</translation>
    </message>
    <message>
        <source>gazette edit: someone changed the annotation since you saw version %1; nothing was written.</source>
        <translation>gazette edit：自您看到版本 %1 以来有人修改了该标注；未写入任何内容。</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Only these articles (ids, comma-separated).</source>
        <translation>仅这些文章（编号，逗号分隔）。</translation>
    </message>
    <message>
        <source>Only these annotators (comma-separated).</source>
        <translation>仅这些标注者（逗号分隔）。</translation>
    </message>
    <message>
        <source>How far the annotators of a library agree, overall and per label: Cohen&apos;s kappa on tokens and exact-span F1 for each pair, Krippendorff&apos;s alpha for all. Each annotator&apos;s spans are those they made or last changed and did not reject; the extractor&apos;s untouched suggestions are left out.</source>
        <translation>文库标注者之间的一致程度，总体及按标签：每对标注者在词元上的 Cohen&apos;s kappa 和精确片段 F1，全体的 Krippendorff&apos;s alpha。每位标注者的片段是其创建或最后修改且未拒绝的片段；抽取器未经处理的建议不计入。</translation>
    </message>
    <message>
        <source>gazette agreement: give --library LIB</source>
        <translation>gazette agreement：请提供 --library LIB</translation>
    </message>
    <message>
        <source>gazette agreement: no library at “%1”</source>
        <translation>gazette agreement：“%1”处没有文库</translation>
    </message>
    <message>
        <source>gazette agreement: the library has no article %1</source>
        <translation>gazette agreement：文库中没有文章 %1</translation>
    </message>
    <message>
        <source>gazette agreement: agreement needs two annotators; the articles have %1 (%2)</source>
        <translation>gazette agreement：一致性需要两位标注者；这些文章只有 %1 位（%2）</translation>
    </message>
    <message>
        <source>Agreement over %1 article(s), %2 tokens; annotators: %3</source>
        <translation>共 %1 篇文章、%2 个词元的一致性；标注者：%3</translation>
    </message>
    <message>
        <source>%1 and %2 (%3 tokens both annotated)</source>
        <translation>%1 与 %2（%3 个词元两人都有标注）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>片段 F1</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (%1 annotators)</source>
        <translation>Krippendorff&apos;s alpha（%1 位标注者）</translation>
    </message>
    <message>
        <source>Folder of the new feed.</source>
        <translation>新订阅源所在的文件夹。</translation>
    </message>
    <message>
        <source>Fetch each item&apos;s page and clean it, instead of the feed&apos;s summary.</source>
        <translation>获取每个条目的网页并清理，而不是使用订阅源的摘要。</translation>
    </message>
    <message>
        <source>Minutes between refreshes of the new feed.</source>
        <translation>新订阅源两次刷新之间的分钟数。</translation>
    </message>
    <message>
        <source>Remove the feed&apos;s articles older than N days (0: keep all).</source>
        <translation>删除该订阅源中超过 N 天的文章（0：全部保留）。</translation>
    </message>
    <message>
        <source>Keep the feed&apos;s newest N articles (0: keep all).</source>
        <translation>保留该订阅源最新的 N 篇文章（0：全部保留）。</translation>
    </message>
    <message>
        <source>Refresh every feed, not only those that are due.</source>
        <translation>刷新所有订阅源，而不只是到期的。</translation>
    </message>
    <message>
        <source>Add new articles without suggestions.</source>
        <translation>添加新文章时不生成建议。</translation>
    </message>
    <message>
        <source>Seconds to wait for a feed.</source>
        <translation>等待一个订阅源的秒数。</translation>
    </message>
    <message>
        <source>OPML file to write.</source>
        <translation>要写入的 OPML 文件。</translation>
    </message>
    <message>
        <source>Subscriptions: “add URL [--folder F]” subscribes to a feed or to the feed a web page names; “list” shows the feeds with their unread articles and errors; “refresh [--all] [FEED...]” fetches the feeds that are due (or all, or those named) and adds their new items as articles; “remove FEED” ends a subscription (its articles stay); “import-opml FILE” and “export-opml -o FILE” exchange subscription lists with other feed readers. FEED is a feed&apos;s id or address.</source>
        <translation>订阅：“add URL [--folder F]” 订阅一个订阅源，或网页所指明的订阅源；“list” 显示各订阅源及其未读文章和错误；“refresh [--all] [FEED...]” 获取到期的订阅源（或全部，或指定的）并将新条目添加为文章；“remove FEED” 取消订阅（其文章保留）；“import-opml FILE” 和 “export-opml -o FILE” 与其他阅读器交换订阅列表。FEED 是订阅源的编号或地址。</translation>
    </message>
    <message>
        <source>gazette feeds: use one of %1 (gazette feeds --help)</source>
        <translation>gazette feeds：请使用 %1 之一（gazette feeds --help）</translation>
    </message>
    <message>
        <source>gazette feeds %1: give --library LIB</source>
        <translation>gazette feeds %1：请给出 --library LIB</translation>
    </message>
    <message>
        <source>gazette feeds %1: no library at “%2”</source>
        <translation>gazette feeds %1：“%2” 处没有文库</translation>
    </message>
    <message>
        <source>gazette feeds add: give one address</source>
        <translation>gazette feeds add：请给出一个地址</translation>
    </message>
    <message>
        <source>Subscribed to “%1” (%2) as feed %3.</source>
        <translation>已订阅“%1”（%2），编号 %3。</translation>
    </message>
    <message>
        <source>No feeds: subscribe with “gazette feeds add URL --library LIB”.</source>
        <translation>没有订阅源：请用 “gazette feeds add URL --library LIB” 订阅。</translation>
    </message>
    <message>
        <source>%1 unread of %2</source>
        <translation>%2 篇中 %1 篇未读</translation>
    </message>
    <message>
        <source>folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>the library has no feed “%1”</source>
        <translation>文库中没有订阅源“%1”</translation>
    </message>
    <message>
        <source>Refreshed %1 feed(s): %2 new, %3 updated, %4 failed.</source>
        <translation>已刷新 %1 个订阅源：新增 %2，更新 %3，失败 %4。</translation>
    </message>
    <message>
        <source>%1 feed(s) unchanged since the last refresh.</source>
        <translation>%1 个订阅源自上次刷新以来没有变化。</translation>
    </message>
    <message>
        <source>%1 item(s) could not be taken.</source>
        <translation>%1 个条目无法获取。</translation>
    </message>
    <message>
        <source>%1 old article(s) removed by retention.</source>
        <translation>按保留设置删除了 %1 篇旧文章。</translation>
    </message>
    <message>
        <source>gazette feeds remove: give a feed&apos;s id or address</source>
        <translation>gazette feeds remove：请给出订阅源的编号或地址</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”; its %2 article(s) stay in the library.</source>
        <translation>已取消订阅“%1”；其 %2 篇文章保留在文库中。</translation>
    </message>
    <message>
        <source>gazette feeds import-opml: give one OPML file</source>
        <translation>gazette feeds import-opml：请给出一个 OPML 文件</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Subscribed to %1 feed(s) from %2; %3 subscribed already.</source>
        <translation>已从 %2 订阅 %1 个订阅源；%3 个此前已订阅。</translation>
    </message>
    <message>
        <source>gazette feeds export-opml: give -o FILE</source>
        <translation>gazette feeds export-opml：请给出 -o FILE</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1 feed(s) to %2.</source>
        <translation>已将 %1 个订阅源写入 %2。</translation>
    </message>
    <message>
        <source>%1: no library at “%2”</source>
        <translation>%1：“%2”处没有文库</translation>
    </message>
    <message>
        <source>No article is assigned.</source>
        <translation>没有分配任何文章。</translation>
    </message>
    <message>
        <source>article %1 “%2”</source>
        <translation>文章 %1“%2”</translation>
    </message>
    <message>
        <source>(assigned by %1)</source>
        <translation>（由 %1 分配）</translation>
    </message>
    <message>
        <source>%1 is working on article %2</source>
        <translation>%1 正在处理文章 %2</translation>
    </message>
    <message>
        <source>Gives a PostgreSQL role the rights of an annotator (change their own annotations, facts and progress) or a curator (also set the final status, take spans into the final layer, assign articles). The server enforces them with row-level policies. Run it as the library&apos;s owner with the right to create roles, or as a superuser; the role is made when it does not exist.</source>
        <translation>授予 PostgreSQL 角色标注者权限（修改自己的标注、事实和进度）或审定者权限（还可设置最终状态、将片段采纳到最终层、分配文章）。服务器通过行级安全策略强制执行这些权限。请以拥有创建角色权限的文库所有者或超级用户身份运行；角色不存在时会自动创建。</translation>
    </message>
    <message>
        <source>gazette library grant: use “gazette library grant --library LIB USER annotator|curator”</source>
        <translation>gazette library grant：请使用“gazette library grant --library LIB USER annotator|curator”</translation>
    </message>
    <message>
        <source>A library file has one user, who may do everything: roles are a PostgreSQL library&apos;s. Nothing was changed.</source>
        <translation>文库文件只有一位用户，可以做任何事：角色只适用于 PostgreSQL 文库。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 现在是 %2 的审定者。</translation>
    </message>
    <message>
        <source>%1 is now an annotator of %2.</source>
        <translation>%1 现在是 %2 的标注者。</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>文章的 ID。</translation>
    </message>
    <message>
        <source>The annotator (a PostgreSQL role, or a name on a file).</source>
        <translation>标注者（PostgreSQL 角色，或文件文库中的名字）。</translation>
    </message>
    <message>
        <source>Report progress instead: assigned, in-progress or done.</source>
        <translation>改为报告进度：assigned、in-progress 或 done。</translation>
    </message>
    <message>
        <source>Take the assignment back.</source>
        <translation>撤回分配。</translation>
    </message>
    <message>
        <source>Assigns an article to an annotator (a curator&apos;s right on a PostgreSQL library), reports an annotator&apos;s own progress with --status, or takes an assignment back. Without --article it lists every assignment with each annotator&apos;s status, and who is working on which article now.</source>
        <translation>将文章分配给标注者（在 PostgreSQL 文库中这是审定者的权限），用 --status 报告自己的进度，或撤回分配。不带 --article 时列出所有分配及每位标注者的状态，以及谁正在处理哪篇文章。</translation>
    </message>
    <message>
        <source>gazette assign: give --library LIB, and --article ID with --annotator NAME to assign; --status is assigned, in-progress or done</source>
        <translation>gazette assign：请提供 --library LIB，分配时还需 --article ID 和 --annotator NAME；--status 可为 assigned、in-progress 或 done</translation>
    </message>
    <message>
        <source>Article %1 is no longer assigned to %2.</source>
        <translation>文章 %1 已不再分配给 %2。</translation>
    </message>
    <message>
        <source>%1 on article %2: %3.</source>
        <translation>%1 在文章 %2 上：%3。</translation>
    </message>
    <message>
        <source>Article %1 is assigned to %2.</source>
        <translation>文章 %1 已分配给 %2。</translation>
    </message>
    <message>
        <source>How many entities of the index to list (0: all).</source>
        <translation>列出索引中的多少个实体（0：全部）。</translation>
    </message>
    <message>
        <source>Only entities of this label.</source>
        <translation>仅限此标签的实体。</translation>
    </message>
    <message>
        <source>List the articles this library search finds instead.</source>
        <translation>改为列出此文库搜索找到的文章。</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The library at a glance: its articles per review status and its entity index (each entity with its articles, mentions, first and last date and the people quoted in its articles), most articles first. --search runs a library search with field filters, e.g. person:&quot;Joe Tsai&quot; org:Alibaba after:2025-01-01 before:2025-03 status:done label:MONEY feed:Tech, and lists the articles it finds.</source>
        <translation>文库概览：按审阅状态统计的文章，以及实体索引（每个实体及其文章、提及次数、最早和最近日期，以及在其文章中被引用的人），文章最多者在前。--search 执行带字段筛选的文库搜索，例如 person:&quot;Joe Tsai&quot; org:Alibaba after:2025-01-01 before:2025-03 status:done label:MONEY feed:Tech，并列出找到的文章。</translation>
    </message>
    <message>
        <source>gazette stats: give --library LIB</source>
        <translation>gazette stats：请指定 --library LIB</translation>
    </message>
    <message>
        <source>gazette stats: no library at “%1”</source>
        <translation>gazette stats：“%1”处没有文库</translation>
    </message>
    <message>
        <source>gazette stats: --entities takes a number (0: all)</source>
        <translation>gazette stats：--entities 需要一个数字（0：全部）</translation>
    </message>
    <message>
        <source>1 article found.</source>
        <translation>找到 1 篇文章。</translation>
    </message>
    <message>
        <source>%1 articles found.</source>
        <translation>找到 %1 篇文章。</translation>
    </message>
    <message>
        <source>%1 articles: %2 new, %3 in review, %4 done; %5 entities.</source>
        <translation>%1 篇文章：%2 篇新文章，%3 篇审阅中，%4 篇已完成；%5 个实体。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>People quoted</source>
        <translation>被引用的人</translation>
    </message>
    <message>
        <source>Perceptrons trained in different orders and averaged into the model.</source>
        <translation>以不同顺序训练并平均为一个模型的感知器数量。</translation>
    </message>
    <message>
        <source>Usage:
  gazette [FILE...]              open articles in the Gazette window
  gazette help                   show this help
  gazette version                show the version
  gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]
                                 add articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions
  gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT
                                 export articles; FILE... are imported and extracted first; FMT: %1
  gazette extract FILE... [--format json|brat|conll] [-o DIR]
                                 annotate text files as they are (offsets refer to each file&apos;s text)
  gazette eval GOLD_DIR [--types A,B,...] [--errors]
                                 score the extractor against brat gold files (NAME.txt + NAME.ann, and
                                 NAME.facts.json when present): spans, quotes, attribution, facts per kind
  gazette train BRAT_DIR... -o MODEL [--epochs N] [--mixes N]
                                 train the name tagger on brat gold folders
  gazette library copy SRC DST   copy a whole library into a new one, between backends, and check the counts
  gazette library grant --library LIB USER annotator|curator
                                 give a PostgreSQL role the rights of an annotator or a curator
  gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]
                                 assign articles, report progress, list assignments and who is working on what
  gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]
                                 correct an annotation; another annotator&apos;s newer change is shown, not overwritten
  gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]
                                 inter-annotator agreement: Cohen&apos;s kappa, exact-span F1, Krippendorff&apos;s alpha
  gazette feeds add URL [--folder F] [--full-article] [--every MIN] --library LIB
                                 subscribe to a feed (RSS, Atom, JSON Feed) or to the feed a web page names
  gazette feeds list|refresh [--all]|remove FEED --library LIB
                                 show subscriptions with unread counts; fetch new items as articles; unsubscribe
  gazette feeds import-opml FILE | export-opml -o FILE --library LIB
                                 exchange subscription lists (OPML) with other feed readers
  gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]
                                 the library at a glance: articles per review status, the entity index;
                                 --search lists the articles a search finds (person:, org:, after:, status:, ...)

LIB is a library file (*.gazette) or a PostgreSQL database: postgresql://USER@HOST:PORT/DBNAME
(password from PGPASSWORD or ~/.pgpass; options such as ?sslmode=require as libpq takes them).

Window options:
  --screenshot PATH              save a PNG of the window once it is shown, then quit
  --theme NAME                   use a KSyntaxHighlighting theme (e.g. &quot;Breeze Dark&quot;)
</source>
        <translation>用法：
  gazette [FILE...]              在 Gazette 窗口中打开文章
  gazette help                   显示本帮助
  gazette version                显示版本
  gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]
                                 将文章（文本、Markdown、网页、RSS/Atom 订阅源）连同建议一起加入文库
  gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT
                                 导出文章；FILE... 会先导入并抽取；FMT：%1
  gazette extract FILE... [--format json|brat|conll] [-o DIR]
                                 按原样标注文本文件（偏移量以各文件的文本为准）
  gazette eval GOLD_DIR [--types A,B,...] [--errors]
                                 用 brat 金标准文件评估抽取器（NAME.txt + NAME.ann，
                                 以及存在时的 NAME.facts.json）：片段、引语、归属、各类事实
  gazette train BRAT_DIR... -o MODEL [--epochs N] [--mixes N]
                                 用 brat 金标准文件夹训练名称标注器
  gazette library copy SRC DST   将整个文库复制到新文库（可跨后端）并核对数量
  gazette library grant --library LIB USER annotator|curator
                                 授予 PostgreSQL 角色标注者或审定者的权限
  gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]
                                 分配文章、报告进度、列出分配以及谁正在处理什么
  gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]
                                 更正一条标注；其他标注者更新的修改会被显示，而不会被覆盖
  gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]
                                 标注者间一致性：Cohen&apos;s kappa、精确片段 F1、Krippendorff&apos;s alpha
  gazette feeds add URL [--folder F] [--full-article] [--every MIN] --library LIB
                                 订阅一个订阅源（RSS、Atom、JSON Feed），或订阅网页所指明的订阅源
  gazette feeds list|refresh [--all]|remove FEED --library LIB
                                 显示订阅及未读数；将新条目作为文章获取；取消订阅
  gazette feeds import-opml FILE | export-opml -o FILE --library LIB
                                 与其他阅读器交换订阅列表（OPML）
  gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]
                                 文库概览：按审阅状态统计的文章、实体索引；
                                 --search 列出搜索找到的文章（person:、org:、after:、status: 等）

LIB 是文库文件（*.gazette）或 PostgreSQL 数据库：postgresql://USER@HOST:PORT/DBNAME
（密码取自 PGPASSWORD 或 ~/.pgpass；?sslmode=require 等选项按 libpq 的方式传入）。

窗口选项：
  --screenshot PATH              窗口显示后保存一张 PNG 截图，然后退出
  --theme NAME                   使用 KSyntaxHighlighting 主题（例如 &quot;Breeze Dark&quot;）
</translation>
    </message>
</context>
<context>
    <name>Gazette::ConllFormat</name>
    <message>
        <source>CoNLL-2003 IOB2 (NER training)</source>
        <translation>CoNLL-2003 IOB2（NER 训练）</translation>
    </message>
    <message>
        <source>Nested and overlapping spans cannot be expressed: the outermost span wins.</source>
        <translation>无法表示嵌套和重叠的片段：以最外层片段为准。</translation>
    </message>
    <message>
        <source>The text is rebuilt from tokens separated by single spaces, so offsets change on import.</source>
        <translation>文本由以单个空格分隔的词元重建，因此导入时偏移量会发生变化。</translation>
    </message>
    <message>
        <source>Not CoNLL: “%1” has no tag.</source>
        <translation>不是 CoNLL：“%1”没有标记。</translation>
    </message>
    <message>
        <source>CoNLL has tokens and entity tags only: facts, quotes, statuses, notes, rules and confidence are left out; read back, every span is accepted.</source>
        <translation>CoNLL 只有词元和实体标签：事实、引语、状态、备注、规则和置信度均不保留；读回时所有片段均为已接受。</translation>
    </message>
</context>
<context>
    <name>Gazette::CorpusCharts</name>
    <message>
        <source>mentions per month</source>
        <translation>每月提及次数</translation>
    </message>
    <message>
        <source>mentions per week</source>
        <translation>每周提及次数</translation>
    </message>
    <message>
        <source>No dated mentions to show: choose entities whose articles have a date.</source>
        <translation>没有带日期的提及可显示：请选择其文章带有日期的实体。</translation>
    </message>
    <message>
        <source>the %1 articles with the most annotations, of %2</source>
        <translation>%2 篇中标注最多的 %1 篇文章</translation>
    </message>
    <message>
        <source>every article with annotations, most first</source>
        <translation>每篇有标注的文章，最多者在前</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>尚无标注。</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>articles that mention both</source>
        <translation>同时提及两者的文章</translation>
    </message>
    <message>
        <source>No two entities share an article yet.</source>
        <translation>尚无两个实体出现在同一篇文章中。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>尚无文章。</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation>提及随时间变化</translation>
    </message>
    <message>
        <source>Labels per article</source>
        <translation>每篇文章的标签</translation>
    </message>
    <message>
        <source>Entities that appear together</source>
        <translation>共同出现的实体</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审阅进度</translation>
    </message>
    <message>
        <source>%1: 1 mention</source>
        <translation>%1：1 次提及</translation>
    </message>
    <message>
        <source>%1: %2 mentions</source>
        <translation>%1：%2 次提及</translation>
    </message>
    <message>
        <source>%1: 1 annotation</source>
        <translation>%1：1 个标注</translation>
    </message>
    <message>
        <source>%1: %2 annotations</source>
        <translation>%1：%2 个标注</translation>
    </message>
    <message>
        <source>%1 and %2: 1 article</source>
        <translation>%1 和 %2：1 篇文章</translation>
    </message>
    <message>
        <source>%1 and %2: %3 articles</source>
        <translation>%1 和 %2：%3 篇文章</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Charts are saved as PNG or SVG: give the file the ending .png or .svg.</source>
        <translation>图表保存为 PNG 或 SVG：请为文件使用 .png 或 .svg 扩展名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 as PNG.</source>
        <translation>无法将 %1 写为 PNG。</translation>
    </message>
</context>
<context>
    <name>Gazette::CorpusDock</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <source>&amp;Entity Index</source>
        <translation>实体索引(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <source>Filter entities by name</source>
        <translation>按名称筛选实体</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 个实体</translation>
    </message>
    <message>
        <source>%1 of %2 entities</source>
        <translation>%2 个实体中的 %1 个</translation>
    </message>
    <message>
        <source>Entities of the library</source>
        <translation>文库中的实体</translation>
    </message>
    <message>
        <source>Choose an entity to see its articles and mentions.</source>
        <translation>选择一个实体以查看其文章和提及。</translation>
    </message>
    <message>
        <source>Articles and mentions of the entity</source>
        <translation>该实体的文章和提及</translation>
    </message>
    <message>
        <source>Article / mention</source>
        <translation>文章 / 提及</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a mention to open the article there.</source>
        <translation>双击提及或按回车键，即可在该处打开文章。</translation>
    </message>
    <message>
        <source>Mentions &amp;per:</source>
        <translation>提及次数按(&amp;P)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>No entities yet: import articles, and Gazette finds their names.</source>
        <translation>尚无实体：导入文章后，Gazette 会找出其中的名称。</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 处提及</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 次提及</translation>
    </message>
    <message>
        <source>Quoted in its articles: %1</source>
        <translation>在其文章中被引用：%1</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Over time: the five entities mentioned most; select entities in the entity index to chart them instead.</source>
        <translation>随时间变化：提及最多的五个实体；在实体索引中选择实体即可改为绘制它们。</translation>
    </message>
    <message>
        <source>Over time: the entities selected in the entity index.</source>
        <translation>随时间变化：实体索引中选中的实体。</translation>
    </message>
</context>
<context>
    <name>Gazette::CsvFormat</name>
    <message>
        <source>CSV of facts and entities</source>
        <translation>事实与实体 CSV</translation>
    </message>
    <message>
        <source>CSV holds facts and entities, not the article&apos;s text or its spans: annotations are left out.</source>
        <translation>CSV 仅包含事实和实体，不包含文章文本及其片段：标注将被省略。</translation>
    </message>
    <message>
        <source>Not a Gazette facts CSV: the header row is missing.</source>
        <translation>不是 Gazette 事实 CSV：缺少表头行。</translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula (starting with =, +, -, @) start with an apostrophe.</source>
        <translation>电子表格会当作公式执行的单元格（以 =、+、-、@ 开头）前加撇号。</translation>
    </message>
</context>
<context>
    <name>Gazette::Curation</name>
    <message>
        <source>The final layer holds %1&apos;s version already.</source>
        <translation>最终层已包含 %1 的版本。</translation>
    </message>
    <message>
        <source>Neither %1 nor the final layer has a span there.</source>
        <translation>%1 和最终层在此处都没有片段。</translation>
    </message>
    <message>
        <source>Take %1&apos;s version (no span)</source>
        <translation>采纳 %1 的版本（无片段）</translation>
    </message>
    <message>
        <source>Take %1&apos;s version of &apos;%2&apos;</source>
        <translation>采纳 %1 对“%2”的版本</translation>
    </message>
</context>
<context>
    <name>Gazette::CurationPanel</name>
    <message>
        <source>no span</source>
        <translation>无片段</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>label and quote</comment>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>&amp;Take This Version</source>
        <translation>采纳此版本(&amp;T)</translation>
    </message>
    <message>
        <source>Where / who</source>
        <translation>位置 / 标注者</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Put the selected annotator&apos;s version of this stretch into the final layer</source>
        <translation>将所选标注者对此段的版本放入最终层</translation>
    </message>
    <message>
        <source>Open an article to curate it.</source>
        <translation>打开一篇文章以进行审定。</translation>
    </message>
    <message numerus="yes">
        <source>Curation compares annotators: this article has %n.</source>
        <translation>
            <numerusform>审定需要比较标注者：这篇文章只有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 agree on every span of this article.</source>
        <translation>%1 在本文章的每个片段上都一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) where the annotators differ. Pick a version to take into the final layer.</source>
        <translation>
            <numerusform>标注者在 %n 处存在分歧。请选择一个版本采纳到最终层。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted stretch of text</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>final: %1</source>
        <translation>最终：%1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 (in the final layer)</source>
        <translation>%1（已在最终层）</translation>
    </message>
    <message>
        <source>Only a curator may take versions into the final layer</source>
        <translation>只有审定者可以将版本采纳到最终层</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>文章文本</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O), or pick one in the library.</source>
        <translation>通过“文件 › 打开”（Ctrl+O）打开文章，或在文库中选择一篇。</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation>规则 %1，置信度 %2</translation>
    </message>
    <message>
        <source>Labelled by %1</source>
        <translation>由 %1 标注</translation>
    </message>
    <message>
        <source>Orphaned: its text changed and it could not be placed again.</source>
        <translation>孤立：其文本已更改，无法重新定位。</translation>
    </message>
    <message>
        <source>&amp;Label as</source>
        <translation>标注为(&amp;L)</translation>
    </message>
    <message>
        <source>Label All &amp;Occurrences as</source>
        <translation>将所有出现之处标注为(&amp;O)</translation>
    </message>
    <message>
        <source>In the final layer</source>
        <translation>在最终层中</translation>
    </message>
</context>
<context>
    <name>Gazette::Edits</name>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>该文章已不存在。</translation>
    </message>
    <message>
        <source>Select some text to label.</source>
        <translation>请选择要标注的文本。</translation>
    </message>
    <message>
        <source>Label &apos;%1&apos; as %2</source>
        <translation>将“%1”标注为 %2</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>该标注已不存在。</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>The annotation already has that label.</source>
        <translation>该标注已是此标签。</translation>
    </message>
    <message>
        <source>Relabel &apos;%1&apos; as %2</source>
        <translation>将“%1”重新标注为 %2</translation>
    </message>
    <message>
        <source>A span cannot be empty or reach beyond the text.</source>
        <translation>片段不能为空，也不能超出文本范围。</translation>
    </message>
    <message>
        <source>The span is unchanged.</source>
        <translation>片段未改变。</translation>
    </message>
    <message>
        <source>Resize &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将“%1”调整为“%2”</translation>
    </message>
    <message>
        <source>The annotation is already accepted.</source>
        <translation>该标注已被接受。</translation>
    </message>
    <message>
        <source>Accept &apos;%1&apos; as %2</source>
        <translation>接受“%1”为 %2</translation>
    </message>
    <message>
        <source>The annotation is already rejected.</source>
        <translation>该标注已被拒绝。</translation>
    </message>
    <message>
        <source>Reject &apos;%1&apos; as %2</source>
        <translation>拒绝将“%1”标注为 %2</translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation>该实体已不存在。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no suggestions to accept.</source>
        <translation>“%1”没有可接受的建议。</translation>
    </message>
    <message>
        <source>The annotation or the entity no longer exists.</source>
        <translation>该标注或实体已不存在。</translation>
    </message>
    <message>
        <source>The mention is already linked to &apos;%1&apos;.</source>
        <translation>该提及已链接到“%1”。</translation>
    </message>
    <message>
        <source>Link &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将“%1”链接到“%2”</translation>
    </message>
    <message>
        <source>The mention is not linked to an entity.</source>
        <translation>该提及未链接到任何实体。</translation>
    </message>
    <message>
        <source>Unlink &apos;%1&apos;</source>
        <translation>取消“%1”的链接</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>实体不能合并到自身。</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Give the entity a new name.</source>
        <translation>请为实体指定新名称。</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>A fact needs a kind and a predicate.</source>
        <translation>事实需要类型和谓词。</translation>
    </message>
    <message>
        <source>The evidence lies outside the article&apos;s text.</source>
        <translation>证据位于文章文本之外。</translation>
    </message>
    <message>
        <source>Add fact &apos;%1 %2 %3&apos;</source>
        <translation>添加事实“%1 %2 %3”</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>该事实已不存在。</translation>
    </message>
    <message>
        <source>The fact is unchanged.</source>
        <translation>事实未改变。</translation>
    </message>
    <message>
        <source>Edit fact &apos;%1 %2&apos;</source>
        <translation>编辑事实“%1 %2”</translation>
    </message>
    <message>
        <source>Delete fact &apos;%1 %2&apos;</source>
        <translation>删除事实“%1 %2”</translation>
    </message>
    <message>
        <source>The article already has that review status.</source>
        <translation>该文章已处于此审阅状态。</translation>
    </message>
    <message>
        <source>Mark article as %1</source>
        <translation>将文章标记为“%1”</translation>
    </message>
    <message>
        <source>Accept all suggestions of &apos;%1&apos; (%2)</source>
        <translation>接受“%1”的所有建议（%2）</translation>
    </message>
    <message>
        <source>Label all occurrences of &apos;%1&apos; as %2 (%3)</source>
        <translation>将“%1”的所有出现之处标注为 %2（%3）</translation>
    </message>
    <message>
        <source>The note is unchanged.</source>
        <translation>备注未改变。</translation>
    </message>
    <message>
        <source>Edit note on &apos;%1&apos;</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message numerus="yes">
        <source>%n already labelled</source>
        <translation>
            <numerusform>%n 处已标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inside a longer word</source>
        <translation>
            <numerusform>%n 处位于更长的词中</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not occur in the article.</source>
        <translation>文章中没有出现“%1”。</translation>
    </message>
    <message>
        <source>Nothing to label: of the occurrences of &apos;%1&apos;, %2.</source>
        <translation>没有可标注的内容：“%1”的出现中，%2。</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n occurrence(s) of &apos;%1&apos; as %2</source>
        <translation>
            <numerusform>已将“%1”的 %n 处出现标注为 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped %1.</source>
        <translation>；已跳过：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos; in this article</source>
        <translation>在本文中将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>No other article names “%1”.</source>
        <translation>没有其他文章提到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Link &apos;%1&apos; across the library (%n article(s))</source>
        <translation>
            <numerusform>在整个资料库中关联“%1”（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article &apos;%1&apos;</source>
        <translation>移除文章“%1”</translation>
    </message>
    <message>
        <source>Mark a name in the article&apos;s text with an entity label.</source>
        <translation>请在文章文本中为一个名称标注实体标签。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no mentions left to reject.</source>
        <translation>“%1”已没有可拒绝的提及。</translation>
    </message>
    <message>
        <source>Reject all mentions of &apos;%1&apos; (%2)</source>
        <translation>拒绝“%1”的所有提及（%2）</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityIndexModel</name>
    <message>
        <source>Also written: %1</source>
        <translation>其他写法：%1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>People quoted</source>
        <translation>被引用的人</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3, confidence %4</source>
        <translation>%1 · %2 · 规则 %3，置信度 %4</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Mentions: %1 · to review: %2</source>
        <translation>提及：%1 · 待审阅：%2</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityPanel</name>
    <message>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation>文章中的实体</translation>
    </message>
    <message>
        <source>No entities in this article yet.
Select text and press 1–9 to label it.</source>
        <translation>此文章中尚无实体。
选择文本并按 1–9 进行标注。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the selected mention, or every suggestion of the selected entity</source>
        <translation>接受所选提及，或接受所选实体的所有建议</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the selected entity another name</source>
        <translation>为所选实体指定其他名称</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Merge the selected entity into another one of the same label in this article</source>
        <translation>将所选实体合并到本文中同一标签的另一个实体</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Link the selected entity with the entities of the same name in other articles of the library</source>
        <translation>将所选实体与资料库其他文章中同名的实体关联</translation>
    </message>
    <message>
        <source>There is no other %1 entity in this article to merge “%2” into.</source>
        <translation>本文中没有其他 %1 实体可供“%2”合并。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n 处提及</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 处提及</translation>
    </message>
    <message>
        <source>Reject the selected mention, or every mention of the selected entity</source>
        <translation>拒绝所选提及，或所选实体的所有提及</translation>
    </message>
    <message>
        <source>Select a mention or an entity to accept.</source>
        <translation>请选择要接受的提及或实体。</translation>
    </message>
    <message>
        <source>Select a mention or an entity to reject.</source>
        <translation>请选择要拒绝的提及或实体。</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityPicker</name>
    <message>
        <source>Type to find an entity of the article</source>
        <translation>输入以查找文章中的实体</translation>
    </message>
    <message>
        <source>Label of the new entity</source>
        <translation>新实体的标签</translation>
    </message>
    <message>
        <source>selected text: new entity</source>
        <translation>所选文本：新实体</translation>
    </message>
    <message>
        <source>Mark the selected text as a new entity</source>
        <translation>将所选文本标注为新实体</translation>
    </message>
    <message>
        <source>%1 · %2×</source>
        <translation>%1 · %2 次</translation>
    </message>
    <message>
        <source>%1, mentioned %2×</source>
        <translation>%1，提及 %2 次</translation>
    </message>
    <message>
        <source>%1, mentioned %2×, also: %3</source>
        <translation>%1，提及 %2 次，又称：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Choose one of the article&apos;s entities.</source>
        <translation>请选择文章中的一个实体。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>可选。</translation>
    </message>
    <message>
        <source>A value, not an entity.</source>
        <translation>这是一个值，而非实体。</translation>
    </message>
    <message>
        <source>New entity, marked in the text as</source>
        <translation>新实体，在文本中标注为</translation>
    </message>
    <message>
        <source>“%1” becomes an entity with the fact: its words in the article are labelled as you choose here.</source>
        <translation>“%1”将随此事实成为实体：它在文章中的文字会标注为您在此选择的标签。</translation>
    </message>
    <message>
        <source>“%1” is no entity of this article and does not occur in its text. Choose an entity from the list, or select the name in the article first.</source>
        <translation>“%1”不是本文的实体，也未出现在文中。请从列表中选择实体，或先在文章中选中该名称。</translation>
    </message>
</context>
<context>
    <name>Gazette::Evaluation</name>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” has no .txt files with .ann files beside them.</source>
        <translation>“%1”中没有附带 .ann 文件的 .txt 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1.ann: %2</source>
        <translation>%1.ann：%2</translation>
    </message>
    <message>
        <source>micro</source>
        <translation>微平均</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>found</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Quote attribution: %1 of %2 quotes with a named speaker (%3)
</source>
        <translation>引语归属：%2 条有具名说话人的引语中，%1 条归属正确（%3）
</translation>
    </message>
    <message>
        <source>%1.facts.json is not valid JSON.</source>
        <translation>%1.facts.json 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Facts (NAME.facts.json):</source>
        <translation>事实（NAME.facts.json）：</translation>
    </message>
    <message>
        <source>all facts</source>
        <translation>全部事实</translation>
    </message>
</context>
<context>
    <name>Gazette::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>未知格式“%1”。</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>Cannot read the annotations of article %1.</source>
        <translation>无法读取文章 %1 的标注。</translation>
    </message>
</context>
<context>
    <name>Gazette::ExportDialog</name>
    <message>
        <source>&amp;This article</source>
        <translation>此文章(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Selected articles (%1)</source>
        <translation>所选文章 (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Whole library (%1)</source>
        <translation>整个文库 (%1)(&amp;W)</translation>
    </message>
    <message>
        <source>Only &amp;accepted annotations (leave suggestions out)</source>
        <translation>仅已接受的标注（不含建议）(&amp;A)</translation>
    </message>
    <message>
        <source>With &amp;facts</source>
        <translation>包含事实(&amp;F)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown 报告</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 articles.</source>
        <translation>预览显示 %2 篇文章中的前 %1 篇。</translation>
    </message>
    <message>
        <source>This format keeps everything.</source>
        <translation>此格式保留全部内容。</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>The PDF is laid out as shown here, on %1 pages with page numbers.</source>
        <translation>PDF 按此处所示排版，使用 %1 纸张并带页码。</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Gazette::Extractor</name>
    <message>
        <source>%1 more suggestions were left out: Gazette suggests at most one per %2 characters.</source>
        <translation>另有 %1 条建议被省略：Gazette 每 %2 个字符最多给出一条建议。</translation>
    </message>
</context>
<context>
    <name>Gazette::FactDialog</name>
    <message>
        <source>Edit Fact</source>
        <translation>编辑事实</translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation>添加事实</translation>
    </message>
    <message>
        <source>e.g. partners with, market share, rose</source>
        <translation>例如：与…合作、市场份额、上涨</translation>
    </message>
    <message>
        <source>normalised, e.g. 16</source>
        <translation>规范化值，例如 16</translation>
    </message>
    <message>
        <source>e.g. %, USD</source>
        <translation>例如 %、USD</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. 2023 or 2025-02-13</source>
        <translation>ISO 8601，例如 2023 或 2025-02-13</translation>
    </message>
    <message>
        <source>(none: select the supporting text in the article before adding)</source>
        <translation>（无：添加前请在文章中选择作为依据的文本）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主体(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>谓词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Object or value:</source>
        <translation>客体或值(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>客体或值</translation>
    </message>
</context>
<context>
    <name>Gazette::FactKind</name>
    <message>
        <source>partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Gazette::FactModel</name>
    <message>
        <source>Added by %1</source>
        <translation>由 %1 添加</translation>
    </message>
    <message>
        <source>a reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation>规则 %1，置信度 %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>谓词</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>客体或值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>Gazette::FactPanel</name>
    <message>
        <source>Facts in the article</source>
        <translation>文章中的事实</translation>
    </message>
    <message>
        <source>No facts in this article yet.
Select the supporting text and choose Add.</source>
        <translation>此文章中尚无事实。
请选择作为依据的文本，然后点击“添加”。</translation>
    </message>
    <message>
        <source>Fact kind filter</source>
        <translation>事实类型筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a fact, with the selected text as its evidence</source>
        <translation>添加事实，以所选文本作为证据</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedController</name>
    <message>
        <source>Feeds refreshed: %1 new, %2 updated, %3 failed.</source>
        <translation>订阅源已刷新：新增 %1，更新 %2，失败 %3。</translation>
    </message>
    <message>
        <source>Su&amp;bscribe to Feed…</source>
        <translation>订阅(&amp;B)…</translation>
    </message>
    <message>
        <source>Follow a news feed: its new articles arrive in the library while Gazette is open</source>
        <translation>关注一个新闻订阅源：Gazette 打开期间，其新文章会进入文库</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>导入订阅（OPML）…</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>导出订阅（OPML）…</translation>
    </message>
    <message>
        <source>&amp;Refresh Feeds</source>
        <translation>刷新订阅源(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>立即获取所有订阅源</translation>
    </message>
    <message>
        <source>&amp;Next Unread Article</source>
        <translation>下一篇未读文章(&amp;N)</translation>
    </message>
    <message>
        <source>Open the newest article you have not read yet</source>
        <translation>打开尚未阅读的最新文章</translation>
    </message>
    <message>
        <source>&amp;Mark All Read</source>
        <translation>全部标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark every article of the chosen feed (or of all feeds) read</source>
        <translation>将所选订阅源（或所有订阅源）的所有文章标为已读</translation>
    </message>
    <message>
        <source>&amp;Star Article</source>
        <translation>星标文章(&amp;S)</translation>
    </message>
    <message>
        <source>Star the article: it is kept whatever the feed&apos;s retention</source>
        <translation>为文章加星标：无论订阅源的保留设置如何，它都会被保留</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Mark Feed Read</source>
        <translation>将订阅源标为已读</translation>
    </message>
    <message>
        <source>Edit Settings…</source>
        <translation>编辑设置…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source>No feeds yet: subscribe with File › Subscribe to Feed…</source>
        <translation>还没有订阅源：请通过 文件 › 订阅… 订阅</translation>
    </message>
    <message>
        <source>The feeds are being refreshed already.</source>
        <translation>订阅源已在刷新中。</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>正在刷新 %n 个订阅源…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>正在 %1 查找订阅源…</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>已订阅“%1”。</translation>
    </message>
    <message>
        <source>Feed Settings</source>
        <translation>订阅源设置</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “%1”? Its %n article(s) stay in the library.</source>
        <translation>
            <numerusform>取消订阅“%1”？其 %n 篇文章会保留在文库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>导入订阅</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>OPML 订阅列表 (*.opml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Subscribed to %1 feed(s); %2 subscribed already.</source>
        <translation>已订阅 %1 个订阅源；%2 个此前已订阅。</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>导出订阅</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>OPML 订阅列表 (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1 feed(s) to %2.</source>
        <translation>已将 %1 个订阅源写入 %2。</translation>
    </message>
    <message>
        <source>No unread articles.</source>
        <translation>没有未读文章。</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation>从订阅源导入</translation>
    </message>
    <message>
        <source>Items of the feed</source>
        <translation>订阅源中的条目</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — choose the items to import:</source>
        <translation>%1 — 选择要导入的条目：</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>订阅源</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedFetch</name>
    <message>
        <source>%1 is not a feed (RSS, Atom or JSON Feed).</source>
        <translation>%1 不是订阅源（RSS、Atom 或 JSON Feed）。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; it was not taken.</source>
        <translation>“%1”大于 %2，未获取。</translation>
    </message>
    <message>
        <source>The feed lists %1 items; the first %2 were read.</source>
        <translation>该订阅源列出了 %1 个条目；只读取了前 %2 个。</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page that names one.</source>
        <translation>%1 既不是订阅源，也不是指明订阅源的网页。</translation>
    </message>
    <message>
        <source>%1 names a feed at %2, an address in your own network or computer; Gazette does not subscribe to it.</source>
        <translation>%1 指明的订阅源位于 %2，这是您自己网络或计算机中的地址；Gazette 不会订阅它。</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The feed declares a document type; feeds do not, so it is refused.</source>
        <translation>该订阅源声明了文档类型，而订阅源不应如此，因此不予处理。</translation>
    </message>
    <message>
        <source>This XML file is not an RSS or Atom feed.</source>
        <translation>此 XML 文件不是 RSS 或 Atom 订阅源。</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1): %2</source>
        <translation>订阅源不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>“%1” has no text: %2</source>
        <translation>“%1”没有文本：%2</translation>
    </message>
    <message>
        <source>The JSON feed is not valid JSON (at byte %1): %2</source>
        <translation>JSON 订阅源不是有效的 JSON（第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>This JSON file is not a JSON Feed.</source>
        <translation>此 JSON 文件不是 JSON Feed 订阅源。</translation>
    </message>
    <message>
        <source>The JSON feed has no list of items.</source>
        <translation>JSON 订阅源中没有条目列表。</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedRefresh</name>
    <message>
        <source>The new articles could not be saved: %1</source>
        <translation>无法保存新文章：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedStore</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>文件夹需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” is subscribed already (as “%2”).</source>
        <translation>“%1”已经订阅（名为“%2”）。</translation>
    </message>
    <message>
        <source>The feed no longer exists.</source>
        <translation>该订阅源已不存在。</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedsPane</name>
    <message>
        <source>Feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>%1
%2 unread of %3</source>
        <translation>%1
%3 篇中 %2 篇未读</translation>
    </message>
    <message>
        <source>Smart Folders</source>
        <translation>智能文件夹</translation>
    </message>
    <message>
        <source>Search: %1
%2</source>
        <translation>搜索：%1
%2</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
</context>
<context>
    <name>Gazette::GazetteJsonFormat</name>
    <message>
        <source>Gazette JSON (everything)</source>
        <translation>Gazette JSON（全部内容）</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Not a Gazette JSON file.</source>
        <translation>不是 Gazette JSON 文件。</translation>
    </message>
    <message>
        <source>An annotation lies outside the text (%1–%2).</source>
        <translation>有标注位于文本范围之外（%1–%2）。</translation>
    </message>
    <message>
        <source>The evidence of a fact lies outside the text (%1–%2).</source>
        <translation>某条事实的证据位于文本之外（%1–%2）。</translation>
    </message>
</context>
<context>
    <name>Gazette::HelpDialog</name>
    <message>
        <source>Gazette Handbook</source>
        <translation>Gazette 手册</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Change any of them in Edit &gt; Configure Shortcuts. The keys of the reading pane work while it has the focus.</source>
        <translation>可在“编辑 &gt; 配置快捷键”中更改其中任何一项。阅读窗格的按键仅在该窗格获得焦点时有效。</translation>
    </message>
    <message>
        <source>Gazette finds the people, organisations, places, dates, amounts, quotes and facts in news articles and lets you correct what it found. Every correction is saved in the library at once and can be undone.</source>
        <translation>Gazette 会在新闻文章中找出人物、组织、地点、日期、金额、引语和事实，并让您更正它找到的内容。每次更正都会立即保存到文库中，并且可以撤销。</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>标记的含义</translation>
    </message>
    <message>
        <source>Each span is painted in its label&apos;s colour:</source>
        <translation>每个片段都以其标签的颜色显示：</translation>
    </message>
    <message>
        <source>a tinted background: accepted, by you or because you made it</source>
        <translation>着色背景：已接受——由您接受或由您亲自标注</translation>
    </message>
    <message>
        <source>a lighter background with a dashed underline: a suggestion of the extractor, waiting for you</source>
        <translation>较浅的背景加虚线下划线：抽取器给出的建议，等待您审阅</translation>
    </message>
    <message>
        <source>italics: a quote</source>
        <translation>斜体：引语</translation>
    </message>
    <message>
        <source>a wavy underline: an orphaned span whose text changed when the article was updated</source>
        <translation>波浪下划线：孤立片段，其文本在文章更新时已改变</translation>
    </message>
    <message>
        <source>Rejected suggestions disappear; the lexicon remembers them.</source>
        <translation>被拒绝的建议会消失；词典会记住它们。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Correcting</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Select text and press a label&apos;s number key to label it; the selection snaps to whole words, with Alt it stays exact.</source>
        <translation>选中文本后按标签的数字键即可标注；选区会自动对齐到整词，按住 Alt 则保持原样。</translation>
    </message>
    <message>
        <source>Click a span to select it; %1 accepts it, %2 rejects it, %3 removes it, %4 relabels it.</source>
        <translation>单击片段即可选中；%1 接受，%2 拒绝，%3 移除，%4 重新标注。</translation>
    </message>
    <message>
        <source>%1 and %2 go to the next and previous suggestion.</source>
        <translation>%1 和 %2 跳转到下一个和上一个建议。</translation>
    </message>
    <message>
        <source>%1 and %2 move the start of the selected span a word earlier or later, %3 and %4 its end.</source>
        <translation>%1 和 %2 将所选片段的起点前移或后移一个词，%3 和 %4 移动其终点。</translation>
    </message>
    <message>
        <source>%1 undoes, %2 redoes; the article the step changes opens and the status bar says what was done.</source>
        <translation>%1 撤销，%2 重做；相关文章会自动打开，状态栏会说明执行了什么。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Gazette reads:</source>
        <translation>Gazette 可读取：</translation>
    </message>
    <message>
        <source>web pages and feeds by their address, pasted and dropped text</source>
        <translation>通过网址获取的网页和订阅源，以及粘贴或拖放的文本</translation>
    </message>
    <message>
        <source>and exports reports (HTML, PDF, Markdown) and data:</source>
        <translation>并可导出报告（HTML、PDF、Markdown）和数据：</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts lists every key.</source>
        <translation>“帮助 &gt; 键盘快捷键”列出了所有按键。</translation>
    </message>
</context>
<context>
    <name>Gazette::HtmlImporter</name>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>The page is empty.</source>
        <translation>页面为空。</translation>
    </message>
    <message>
        <source>The page could not be parsed.</source>
        <translation>无法解析页面。</translation>
    </message>
    <message>
        <source>The page has no body.</source>
        <translation>页面没有 body 部分。</translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation>页面中没有文章正文。</translation>
    </message>
    <message>
        <source>The page nests elements %1 levels deep; Gazette kept the text but flattened everything deeper than %2 levels.</source>
        <translation>该页面的元素嵌套了 %1 层；Gazette 保留了文本，但将超过 %2 层的部分展平。</translation>
    </message>
    <message>
        <source>The page is too complex to read whole; Gazette kept the text it reached within its limits.</source>
        <translation>该页面过于复杂，无法完整读取；Gazette 保留了在限制内读到的文本。</translation>
    </message>
</context>
<context>
    <name>Gazette::Importer</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“%1” is too large to be an article (%2; the limit is %3).</source>
        <translation>“%1”太大，无法作为文章（%2；上限为 %3）。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be an article.</source>
        <translation>“%1”太大，无法作为文章。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Some bytes could not be decoded as %1 and were replaced by �: %2.</source>
        <translation>部分字节无法按 %1 解码，已替换为 �：%2。</translation>
    </message>
</context>
<context>
    <name>Gazette::ImporterRegistry</name>
    <message>
        <source>All articles (%1)</source>
        <translation>所有文章 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Gazette::Inspector</name>
    <message>
        <source>Extractor</source>
        <translation>抽取器</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Save &amp;Note</source>
        <translation>保存备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A note for this annotation, kept in the library and exported with it.</source>
        <translation>此标注的备注，保存在文库中并随标注一起导出。</translation>
    </message>
    <message>
        <source>Annotation “%1”</source>
        <translation>标注“%1”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>%1–%2 (UTF-16)</source>
        <translation>%1–%2（UTF-16）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未链接</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>its text changed and it could not be placed again</source>
        <translation>其文本已更改，无法重新定位</translation>
    </message>
    <message>
        <source>Fact: %1 %2 %3</source>
        <translation>事实：%1 %2 %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>谓词</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>客体</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Select an annotation in the article or a fact to see all its fields.</source>
        <translation>在文章中选择一个标注或选择一个事实，即可查看其所有字段。</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>别名</translation>
    </message>
</context>
<context>
    <name>Gazette::IntakeController</name>
    <message>
        <source>Cannot Open Article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation>“%1”已在文库中。</translation>
    </message>
    <message>
        <source>Article Changed</source>
        <translation>文章已更改</translation>
    </message>
    <message>
        <source>The library has an earlier version of “%1”.</source>
        <translation>文库中有“%1”的早期版本。</translation>
    </message>
    <message>
        <source>Update it to this version? Annotations and evidence move with the text; those whose text is gone are kept and marked as orphaned.</source>
        <translation>要更新到此版本吗？标注和证据会随文本移动；对应文本已不存在的将被保留并标记为孤立。</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Add as &amp;New Article</source>
        <translation>添加为新文章(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot Update Article</source>
        <translation>无法更新文章</translation>
    </message>
    <message>
        <source>Updated: %1 span(s) kept their place, %2 moved, %3 orphaned.</source>
        <translation>已更新：%1 个片段位置不变，%2 个已移动，%3 个成为孤立。</translation>
    </message>
    <message>
        <source>Cannot Open Feed</source>
        <translation>无法打开订阅源</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>订阅源中没有条目。</translation>
    </message>
    <message>
        <source>Some Items Were Not Imported</source>
        <translation>部分条目未导入</translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation>无法添加文章</translation>
    </message>
    <message>
        <source>The text cannot be an article: %1</source>
        <translation>该文本无法作为文章：%1</translation>
    </message>
    <message>
        <source>This text is already in the library.</source>
        <translation>此文本已在文库中。</translation>
    </message>
    <message>
        <source>Finding names, dates, amounts and quotes…</source>
        <translation>正在查找名称、日期、金额和引语…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Add Without Suggestions</source>
        <translation>添加但不生成建议</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>正在抽取</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message>
        <source>Extraction cancelled: the article was added without suggestions.</source>
        <translation>抽取已取消：文章已添加，但不含建议。</translation>
    </message>
    <message>
        <source>Cancelled: what was read is kept.</source>
        <translation>已取消：已读取的内容将保留。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The details list each source that could not be read, and why.</source>
        <translation>详细信息列出了每个无法读取的来源及其原因。</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Feeds (%1)</source>
        <translation>订阅源 (%1)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Web address of an article or a feed:</source>
        <translation>文章或订阅源的网址：</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>“%1”不是网址：必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Follow Redirect?</source>
        <translation>是否跟随重定向？</translation>
    </message>
    <message>
        <source>%1 redirects to %2, an address in your own network or on this computer. A web page should not lead there. Follow it anyway?</source>
        <translation>%1 重定向到 %2，这是您自己网络中或本机上的地址。网页不应指向那里。仍要跟随吗？</translation>
    </message>
</context>
<context>
    <name>Gazette::LabelLegend</name>
    <message>
        <source>Labels and their keys</source>
        <translation>标签及其按键</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Select text and press %4.</source>
        <translation>%1（%2）：%3。选择文本后按 %4。</translation>
    </message>
    <message>
        <source>Label as %1, key %2</source>
        <translation>标注为 %1，按键 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Select text and click here.</source>
        <translation>%1（%2）：%3。选中文本后单击此处。</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标注为%1</translation>
    </message>
</context>
<context>
    <name>Gazette::LabelSet</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>People, including fictional</source>
        <translation>人物，包括虚构人物</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Companies, agencies, institutions, media</source>
        <translation>公司、政府机关、机构、媒体</translation>
    </message>
    <message>
        <source>Country, city, state</source>
        <translation>国家、城市、州</translation>
    </message>
    <message>
        <source>Geopolitical entities</source>
        <translation>地缘政治实体</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Non-GPE places: mountain ranges, bodies of water, regions</source>
        <translation>非 GPE 地点：山脉、水体、地区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Absolute or relative dates or periods</source>
        <translation>绝对或相对的日期或时期</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Monetary values, with unit</source>
        <translation>货币数值，含单位</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Percentages, including “%”</source>
        <translation>百分比数值，包括“%”</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Nationalities, religious and political groups</source>
        <translation>国籍、宗教和政治团体</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Devices, vehicles, software, AI models</source>
        <translation>设备、车辆、软件、人工智能模型</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Buildings, airports, highways, bridges</source>
        <translation>建筑、机场、公路、桥梁</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Named summits, forums, storms, wars, sports events</source>
        <translation>有名称的峰会、论坛、风暴、战争、体育赛事</translation>
    </message>
    <message>
        <source>Work of art</source>
        <translation>艺术作品</translation>
    </message>
    <message>
        <source>Titles of books, songs, films, games</source>
        <translation>书籍、歌曲、电影、游戏的名称</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Named documents made into laws</source>
        <translation>已成为法律的具名文件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Any named language</source>
        <translation>任何有名称的语言</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Times smaller than a day</source>
        <translation>小于一天的时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Measurements, as of weight or distance</source>
        <translation>度量值，如重量或距离</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>序数词</translation>
    </message>
    <message>
        <source>“first”, “second”, …</source>
        <translation>“第一”、“第二”…</translation>
    </message>
    <message>
        <source>Cardinal</source>
        <translation>基数词</translation>
    </message>
    <message>
        <source>Numerals that fall under no other label</source>
        <translation>不属于其他标签的数词</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Reported speech inside quotation marks</source>
        <translation>引号内的引述话语</translation>
    </message>
</context>
<context>
    <name>Gazette::LayerCombo</name>
    <message>
        <source>Which annotators&apos; spans the article shows</source>
        <translation>文章显示哪些标注者的片段</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>所有标注者</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Final layer</source>
        <translation>最终层</translation>
    </message>
    <message>
        <source>Differences: %1 ↔ %2</source>
        <translation>差异：%1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryCopy</name>
    <message>
        <source>“%1” is not empty: a library is copied only into a new one.</source>
        <translation>“%1”不为空：文库只能复制到新文库中。</translation>
    </message>
    <message>
        <source>Could not read the table “%1”.</source>
        <translation>无法读取表“%1”。</translation>
    </message>
    <message>
        <source>Could not write the table “%1”.</source>
        <translation>无法写入表“%1”。</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
    <message>
        <source>The copy of “%1” holds %2 rows, the original %3.</source>
        <translation>“%1”的副本有 %2 行，原文库有 %3 行。</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryDelegate</name>
    <message>
        <source>entities: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation>待审阅：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>文库中的文章</translation>
    </message>
    <message>
        <source>No articles yet.
Open one with File › Open (Ctrl+O).</source>
        <translation>尚无文章。
请通过“文件 › 打开”（Ctrl+O）打开一篇。</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>审阅状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加顺序</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Most to review</source>
        <translation>待审阅最多</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>排序方式(&amp;S)：</translation>
    </message>
    <message>
        <source>No article matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的文章。</translation>
    </message>
    <message>
        <source>Search articles… (person: org: label: after: status: feed:)</source>
        <translation>搜索文章…（person: org: label: after: status: feed:）</translation>
    </message>
    <message>
        <source>Words search the text. Fields narrow it down:
person:&quot;Joe Tsai&quot;  org:Alibaba  gpe:China  loc:  norp:  product:  event:  entity:
label:MONEY  after:2025-01-01  before:2025-03  status:new|review|done  feed:Tech</source>
        <translation>词语搜索正文，字段用于缩小范围：
person:&quot;Joe Tsai&quot;  org:Alibaba  gpe:China  loc:  norp:  product:  event:  entity:
label:MONEY  after:2025-01-01  before:2025-03  status:new|review|done  feed:Tech</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this search as a smart folder</source>
        <translation>将此搜索保存为智能文件夹</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryFile</name>
    <message>
        <source>The folder for the library “%1” cannot be created.</source>
        <translation>无法创建文库“%1”所在的文件夹。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read: %2</source>
        <translation>无法读取文库“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Gazette library: it is no %2 database. It was left unchanged.</source>
        <translation>“%1”不是 Gazette 文库：它不是 %2 数据库。文件未作改动。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation>无法打开文库“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Gazette library. It was left unchanged.</source>
        <translation>“%1”已损坏或不是 Gazette 文库。文件未作改动。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Gazette (library format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>“%1”由较新版本的 Gazette 创建（文库格式 %2；当前版本最高可读取格式 %3）。文件未作改动。</translation>
    </message>
    <message>
        <source>“%1” is a %2 database but not a Gazette library. It was left unchanged.</source>
        <translation>“%1”是 %2 数据库，但不是 Gazette 文库。文件未作改动。</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation>升级前无法备份“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” is read-only, and Gazette needs to write its journal there. Copy the library to a folder you can write to, or make the folder writable.</source>
        <translation>无法打开“%1”：其文件夹“%2”为只读，而 Gazette 需要在那里写入日志。请将文库复制到可写的文件夹，或使该文件夹可写。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the file is read-only. Make it writable, or copy it.</source>
        <translation>无法打开“%1”：该文件为只读。请使其可写，或复制一份。</translation>
    </message>
    <message>
        <source>Give the password in PGPASSWORD or in ~/.pgpass, as for psql.</source>
        <translation>请像使用 psql 一样，在 PGPASSWORD 或 ~/.pgpass 中提供密码。</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryFileDialogs</name>
    <message>
        <source>New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette)</source>
        <translation>Gazette 文库 (*.gazette)</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Library to open it.</source>
        <translation>“%1”已存在。请使用“文件 › 打开文库”打开它。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette);;All files (*)</source>
        <translation>Gazette 文库 (*.gazette);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审阅</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1
Suggestions to review: %2</source>
        <translation>%1
待审阅的建议：%2</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryQuery</name>
    <message>
        <source>A quote is not closed: %1</source>
        <translation>引号未闭合：%1</translation>
    </message>
    <message>
        <source>“%1:” needs a value.</source>
        <translation>“%1:”需要一个值。</translation>
    </message>
    <message>
        <source>“%1” is no date: write it as 2025-01-31, 2025-01 or 2025.</source>
        <translation>“%1”不是日期：请写成 2025-01-31、2025-01 或 2025。</translation>
    </message>
    <message>
        <source>“%1” is no review status: use new, review or done.</source>
        <translation>“%1”不是审阅状态：请使用 new、review 或 done。</translation>
    </message>
    <message>
        <source>No day is both after %1 and before %2.</source>
        <translation>没有哪一天既在 %1 之后又在 %2 之前。</translation>
    </message>
</context>
<context>
    <name>Gazette::LibrarySession</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>打开文章文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Gazette</source>
        <translation>关于 Gazette(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>%1 — Gazette</source>
        <translation>%1 — Gazette</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>About Gazette</source>
        <translation>关于 Gazette</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;A workbench that turns news articles into structured, verified knowledge: people, organisations, places, dates, amounts, quotes and facts, highlighted, corrected and exported.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;将新闻文章转化为结构化、经过核实的知识的工作台：人物、组织、地点、日期、金额、引语和事实，均可高亮显示、更正并导出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2) and KSyntaxHighlighting %3.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>基于 Qt %1（运行于 %2）和 KSyntaxHighlighting %3 构建。&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation>创建新的空文库文件</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>打开文库(&amp;L)…</translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation>切换到另一个文库文件</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <source>The library was upgraded; the old version is kept as %1.</source>
        <translation>文库已升级；旧版本保留为 %1。</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>源码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>事实(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export reports or data of this article, the selected ones or the whole library</source>
        <translation>导出此文章、所选文章或整个文库的报告或数据</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>已导出。</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>粘贴为新文章(&amp;P)</translation>
    </message>
    <message>
        <source>Add the text on the clipboard to the library as an article</source>
        <translation>将剪贴板中的文本作为文章添加到文库</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>拖放的文本</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its sub-folders</source>
        <translation>导入文件夹及其子文件夹中的所有文章文件</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>打开网址(&amp;U)…</translation>
    </message>
    <message>
        <source>Fetch a web page or feed and add it to the library</source>
        <translation>获取网页或订阅源并添加到文库</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Configure &amp;Shortcuts…</source>
        <translation>配置快捷键(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the keys of Gazette&apos;s actions</source>
        <translation>更改 Gazette 各项操作的按键</translation>
    </message>
    <message>
        <source>Gazette &amp;Handbook</source>
        <translation>Gazette 手册(&amp;H)</translation>
    </message>
    <message>
        <source>What the colours and underlines mean, the correcting keys and the formats</source>
        <translation>颜色和下划线的含义、更正按键以及支持的格式</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its key</source>
        <translation>所有操作及其按键</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>&amp;Remove Article from Library</source>
        <translation>从库中移除文章(&amp;R)</translation>
    </message>
    <message>
        <source>Removed “%1” from the library. %2 brings it back.</source>
        <translation>已从库中移除“%1”。按 %2 可恢复。</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Library…</source>
        <translation>连接团队资料库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a library that several annotators share on a PostgreSQL server</source>
        <translation>打开多位标注者在 PostgreSQL 服务器上共享的资料库</translation>
    </message>
    <message>
        <source>Reconnected to the team library.</source>
        <translation>已重新连接到团队资料库。</translation>
    </message>
    <message>
        <source>Read-only: the server cannot be reached; reconnecting…</source>
        <translation>只读：无法连接服务器，正在重新连接…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; other annotators&apos; changes appear as they are saved.</source>
        <translation>已以 %2 身份连接到 %1；其他标注者保存的修改会即时显示。</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>订阅源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Curation</source>
        <translation>审定(&amp;C)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Corpus (Entity Index and Charts)</source>
        <translation>语料库（实体索引和图表）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Gazette::MarkdownImporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>文件中不含文本。</translation>
    </message>
</context>
<context>
    <name>Gazette::Opml</name>
    <message>
        <source>The OPML file is empty.</source>
        <translation>OPML 文件为空。</translation>
    </message>
    <message>
        <source>The OPML file is larger than %1 MB; it was not read.</source>
        <translation>OPML 文件大于 %1 MB，未读取。</translation>
    </message>
    <message>
        <source>The OPML file declares a document type; subscription lists do not, so it is refused.</source>
        <translation>该 OPML 文件声明了文档类型；订阅列表不会这样做，因此拒绝读取。</translation>
    </message>
    <message>
        <source>This XML file is not an OPML subscription list.</source>
        <translation>此 XML 文件不是 OPML 订阅列表。</translation>
    </message>
    <message>
        <source>The OPML file nests outlines more than %1 deep; it was not read.</source>
        <translation>该 OPML 文件的大纲嵌套超过 %1 层，未读取。</translation>
    </message>
    <message>
        <source>The OPML file lists more than %1 feeds; it was not read.</source>
        <translation>该 OPML 文件列出了超过 %1 个订阅源，未读取。</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML (line %1): %2</source>
        <translation>该 OPML 文件不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
</context>
<context>
    <name>Gazette::OpmlSubscriptions</name>
    <message>
        <source>“%1” is not a web address; skipped.</source>
        <translation>“%1”不是网址，已跳过。</translation>
    </message>
    <message>
        <source>Gazette subscriptions</source>
        <translation>Gazette 订阅</translation>
    </message>
</context>
<context>
    <name>Gazette::PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file contains only white space.</source>
        <translation>文件中只有空白字符。</translation>
    </message>
</context>
<context>
    <name>Gazette::QuoteModel</name>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Gazette::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Filter quotes by words…</source>
        <translation>按词语筛选引语…</translation>
    </message>
    <message>
        <source>Only the quotes of one speaker</source>
        <translation>只显示一位发言人的引语</translation>
    </message>
    <message>
        <source>Quotes in the library</source>
        <translation>资料库中的引语</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 条引语</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Gazette::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Gazette::Report</name>
    <message>
        <source>dashed: suggestion not yet reviewed</source>
        <translation>虚线：尚未审阅的建议</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>谓词</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>客体或值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Gazette report: %1 articles</source>
        <translation>Gazette 报告：%1 篇文章</translation>
    </message>
    <message>
        <source>Gazette report</source>
        <translation>Gazette 报告</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>实体索引</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审阅状态：%1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Made with Gazette on %1.</source>
        <translation>由 Gazette 于 %1 生成。</translation>
    </message>
    <message>
        <source>Made by %1 with Gazette on %2.</source>
        <translation>由 %1 使用 Gazette 于 %2 生成。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>谁说了什么</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The articles at a glance</source>
        <translation>文章概览</translation>
    </message>
</context>
<context>
    <name>Gazette::ReviewStatusActions</name>
    <message>
        <source>Review &amp;Status</source>
        <translation>审阅状态(&amp;S)</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>标记为新(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;In Review</source>
        <translation>标记为审阅中(&amp;I)</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Review status of the article</source>
        <translation>文章的审阅状态</translation>
    </message>
    <message>
        <source>Review status of the article (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>文章的审阅状态（Ctrl+1、Ctrl+2、Ctrl+3）</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审阅：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::Schema</name>
    <message>
        <source>A database statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
</context>
<context>
    <name>Gazette::SequenceTagger</name>
    <message>
        <source>Cannot write the model “%1”: %2</source>
        <translation>无法写入模型“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read the model “%1”: %2</source>
        <translation>无法读取模型“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a name model of this version of Gazette.</source>
        <translation>“%1”不是此版本 Gazette 的名称模型。</translation>
    </message>
    <message>
        <source>The model “%1” is damaged.</source>
        <translation>模型“%1”已损坏。</translation>
    </message>
</context>
<context>
    <name>Gazette::SettingsDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Gazette Settings</source>
        <translation>Gazette 设置</translation>
    </message>
    <message>
        <source>Your name, stored with every correction</source>
        <translation>您的姓名，将随每次更正一起保存</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Add Label…</source>
        <translation>添加标签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>移除标签(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>作者姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>The OntoNotes labels are always there; give them no key to keep them out of the way.</source>
        <translation>OntoNotes 标签始终存在；如不需要，不为其分配按键即可避免干扰。</translation>
    </message>
    <message>
        <source>&amp;Find entities, quotes and facts in every article opened or imported</source>
        <translation>在每篇打开或导入的文章中查找实体、引语和事实(&amp;F)</translation>
    </message>
    <message>
        <source>Extraction:</source>
        <translation>抽取：</translation>
    </message>
    <message>
        <source>The colour of the label&apos;s spans, in light and dark themes alike</source>
        <translation>该标签片段的颜色，浅色和深色主题均适用</translation>
    </message>
    <message>
        <source>Labels (keys 1–9 label the selected text; each colour has a light and a dark variant for the theme):</source>
        <translation>标签（按键 1–9 可标注所选文本；每种颜色都有适用于浅色和深色主题的两种变体）：</translation>
    </message>
</context>
<context>
    <name>Gazette::ShortcutsDialog</name>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Press the new key; the clear button leaves the action without a key</source>
        <translation>按下新的按键；清除按钮会让该操作不设按键</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>按键(&amp;K)：</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 已是“%2”的快捷键。请先为该操作指定其他按键。</translation>
    </message>
    <message>
        <source>These actions were left without a key: %1</source>
        <translation>以下操作现在没有按键：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::SingleInstance</name>
    <message>
        <source>Another Gazette is already running.</source>
        <translation>已有一个 Gazette 正在运行。</translation>
    </message>
</context>
<context>
    <name>Gazette::SmartFolderController</name>
    <message>
        <source>Rename Smart Folder…</source>
        <translation>重命名智能文件夹…</translation>
    </message>
    <message>
        <source>Delete Smart Folder</source>
        <translation>删除智能文件夹</translation>
    </message>
    <message>
        <source>Smart Folder</source>
        <translation>智能文件夹</translation>
    </message>
    <message>
        <source>Saved the search as the smart folder “%1”.</source>
        <translation>已将搜索保存为智能文件夹“%1”。</translation>
    </message>
    <message>
        <source>Save Search as Smart Folder</source>
        <translation>将搜索保存为智能文件夹</translation>
    </message>
    <message>
        <source>Name of the smart folder:</source>
        <translation>智能文件夹名称：</translation>
    </message>
    <message>
        <source>Rename Smart Folder</source>
        <translation>重命名智能文件夹</translation>
    </message>
    <message>
        <source>New name of the smart folder:</source>
        <translation>智能文件夹的新名称：</translation>
    </message>
    <message>
        <source>Delete the smart folder “%1”? Its articles stay in the library.</source>
        <translation>删除智能文件夹“%1”？其中的文章仍保留在文库中。</translation>
    </message>
</context>
<context>
    <name>Gazette::SmartFolderStore</name>
    <message>
        <source>A smart folder needs a name.</source>
        <translation>智能文件夹需要一个名称。</translation>
    </message>
    <message>
        <source>There is a smart folder called “%1” already.</source>
        <translation>已存在名为“%1”的智能文件夹。</translation>
    </message>
    <message>
        <source>A smart folder needs a search: type one in the library&apos;s search box first.</source>
        <translation>智能文件夹需要一个搜索：请先在文库的搜索框中输入搜索。</translation>
    </message>
</context>
<context>
    <name>Gazette::SourceReader</name>
    <message>
        <source>The feed has no items with text.</source>
        <translation>订阅源中没有含文本的条目。</translation>
    </message>
    <message>
        <source>%1 is not an article but %2.</source>
        <translation>%1 不是文章，而是 %2。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed.</source>
        <translation>“%1”太大，无法作为订阅源。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Gazette::SourceView</name>
    <message>
        <source>Original markup of the article</source>
        <translation>文章的原始标记</translation>
    </message>
    <message>
        <source>The original markup of the article appears here.</source>
        <translation>文章的原始标记将显示在此处。</translation>
    </message>
</context>
<context>
    <name>Gazette::SpacyFormat</name>
    <message>
        <source>spaCy JSON lines</source>
        <translation>spaCy JSON Lines</translation>
    </message>
    <message>
        <source>Not a spaCy JSON line: it has no &quot;text&quot;.</source>
        <translation>不是 spaCy JSON 行：缺少 &quot;text&quot; 字段。</translation>
    </message>
    <message>
        <source>spaCy&apos;s format has the text and entity spans only: facts, notes, rules and confidence are left out.</source>
        <translation>spaCy 格式只有文本和实体片段：事实、备注、规则和置信度均不保留。</translation>
    </message>
    <message>
        <source>Statuses are kept in a Gazette key (&quot;gazette_status&quot;) that spaCy ignores.</source>
        <translation>状态保存在 spaCy 会忽略的 Gazette 键（“gazette_status”）中。</translation>
    </message>
    <message>
        <source>An entity lies outside the text (%1–%2).</source>
        <translation>某个实体位于文本之外（%1–%2）。</translation>
    </message>
</context>
<context>
    <name>Gazette::SubscribeDialog</name>
    <message>
        <source>Fetch the &amp;full article from each item&apos;s page</source>
        <translation>从每个条目的网页获取完整文章(&amp;F)</translation>
    </message>
    <message>
        <source>Feed Settings</source>
        <translation>订阅源设置</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a page that names its feed</source>
        <translation>https://example.org/feed.xml 或指明其订阅源的网页</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Otherwise the article is the text the feed itself carries (often a summary).</source>
        <translation>否则文章就是订阅源自身所带的文本（通常是摘要）。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Keep articles for:</source>
        <translation>文章保留时间(&amp;K)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Articles you annotated or starred are always kept.</source>
        <translation>您标注过或加了星标的文章始终保留。</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>最多保留(&amp;M)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamLibraryDialog</name>
    <message>
        <source>Connect to Team Library</source>
        <translation>连接团队资料库</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.newsroom.example</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>your PostgreSQL role</source>
        <translation>您的 PostgreSQL 角色</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL 模式(&amp;M)：</translation>
    </message>
    <message>
        <source>The password comes from PGPASSWORD or ~/.pgpass, or Gazette asks for it; it is never saved.</source>
        <translation>密码取自 PGPASSWORD 或 ~/.pgpass，或由 Gazette 询问；密码从不保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of the role “%1” on %2:</source>
        <translation>角色“%1”在 %2 上的密码：</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamPanel</name>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;团队&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>How far you got with this article</source>
        <translation>您在这篇文章上的进度</translation>
    </message>
    <message>
        <source>Assign this article to an annotator (curators only)</source>
        <translation>将这篇文章分配给标注者（仅限审定者）</translation>
    </message>
    <message>
        <source>My progress:</source>
        <translation>我的进度：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not assigned to anyone</source>
        <translation>未分配给任何人</translation>
    </message>
    <message>
        <source>%1 is working on this article</source>
        <translation>%1 正在处理这篇文章</translation>
    </message>
    <message>
        <source>%1 are working on this article</source>
        <translation>%1 正在处理这篇文章</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未分配：%1</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>已分配给 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Assign Article</source>
        <translation>分配文章</translation>
    </message>
    <message>
        <source>Annotator (their PostgreSQL role or name):</source>
        <translation>标注者（其 PostgreSQL 角色或名字）：</translation>
    </message>
    <message>
        <source>Not assigned to you</source>
        <translation>未分配给你</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamStore</name>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Name the user to grant a role to.</source>
        <translation>请指明要授予角色的用户。</translation>
    </message>
    <message>
        <source>The server refused to grant the role: %1</source>
        <translation>服务器拒绝授予该角色：%1</translation>
    </message>
    <message>
        <source>The library is read-only until its server is back; nothing was saved.</source>
        <translation>在服务器恢复之前文库为只读；未保存任何内容。</translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation>服务器拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
    <message>
        <source>Name the annotator to assign.</source>
        <translation>请指明要分配的标注者。</translation>
    </message>
    <message>
        <source>The library has no article %1.</source>
        <translation>文库中没有文章 %1。</translation>
    </message>
    <message>
        <source>only a curator may assign articles, and %1 is an annotator.</source>
        <translation>只有审定者可以分配文章，而 %1 是标注者。</translation>
    </message>
    <message>
        <source>%1 is not assigned to article %2.</source>
        <translation>%1 未被分配到文章 %2。</translation>
    </message>
    <message>
        <source>only a curator may take an assignment back, and %1 is an annotator.</source>
        <translation>只有审定者可以撤回分配，而 %1 是标注者。</translation>
    </message>
    <message>
        <source>The server refused: an annotator reports only their own progress, and %1 is not %2. Nothing was saved.</source>
        <translation>服务器拒绝：标注者只能报告自己的进度，而 %1 不是 %2。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Gazette::TextDecoder</name>
    <message>
        <source>This looks like a binary file, not text.</source>
        <translation>这似乎是二进制文件，而非文本。</translation>
    </message>
    <message>
        <source>The document says it is %1, but its bytes are UTF-8: it was read as UTF-8.</source>
        <translation>文档声明为 %1，但其字节为 UTF-8：已按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>The document says it is %1, but its bytes do not fit: the encoding was detected instead.</source>
        <translation>文档声明为 %1，但其字节与之不符：已改为自动检测编码。</translation>
    </message>
</context>
<context>
    <name>Gazette::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Gazette::UndoNavigator</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>Gazette::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>“%1”不是网址（http 或 https）。</translation>
    </message>
    <message>
        <source>The page at %1 is larger than %2; it was not read.</source>
        <translation>位于 %1 的页面大于 %2，未读取。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 未在 %2 秒内响应。</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 重定向超过 %2 次。</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; Gazette does not follow that.</source>
        <translation>%1 从 https 重定向到未加密的 http；Gazette 不会跟随此类重定向。</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>未找到主机 %1。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation>%1 返回了 %2 %3。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>%1 redirected to “%2”, which is not a web address; Gazette does not follow that.</source>
        <translation>%1 重定向到“%2”，这不是网址；Gazette 不会跟随。</translation>
    </message>
    <message>
        <source>%1 redirected to %2, an address in your own network or computer; Gazette does not follow a web page there.</source>
        <translation>%1 重定向到 %2，这是您自己网络中或本机上的地址；Gazette 不会让网页把它带到那里。</translation>
    </message>
    <message>
        <source>%1 did not answer with the whole page within %2 seconds; it was not read.</source>
        <translation>%1 未在 %2 秒内返回完整页面；未读取。</translation>
    </message>
    <message>
        <source>The page at %1 is a compression bomb: it unpacks to more than %2; it was not read.</source>
        <translation>%1 处的页面是压缩炸弹：解压后超过 %2；未读取。</translation>
    </message>
    <message>
        <source>The page at %1 is a compression bomb: it unpacks to far more than it sends; it was not read.</source>
        <translation>%1 处的页面是压缩炸弹：解压后的大小远超其发送量；未读取。</translation>
    </message>
</context>
<context>
    <name>Gazette::W3cFormat</name>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation（JSON-LD）</translation>
    </message>
    <message>
        <source>Facts and entities are not part of the Web Annotation model: they are left out.</source>
        <translation>事实和实体不属于 Web Annotation 模型：它们将被省略。</translation>
    </message>
    <message>
        <source>Rule and confidence are kept as Gazette extension properties that other tools ignore.</source>
        <translation>规则和置信度作为 Gazette 扩展属性保留，其他工具会忽略它们。</translation>
    </message>
    <message>
        <source>Not a Web Annotation collection.</source>
        <translation>不是 Web Annotation 集合。</translation>
    </message>
    <message>
        <source>An annotation cannot be placed in the text.</source>
        <translation>有标注无法在文本中定位。</translation>
    </message>
    <message>
        <source>An annotation lies outside the text (%1–%2).</source>
        <translation>有标注位于文本范围之外（%1–%2）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gazette: read, annotate and verify news articles.</source>
        <translation>Gazette：阅读、标注和核实新闻文章。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>窗口显示后保存其 PNG 截图，然后退出。</translation>
    </message>
    <message>
        <source>Use the KSyntaxHighlighting theme NAME.</source>
        <translation>使用 KSyntaxHighlighting 主题 NAME。</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>要打开的文章。</translation>
    </message>
    <message>
        <source>Unknown theme “%1”; using “%2”.</source>
        <translation>未知主题“%1”；将使用“%2”。</translation>
    </message>
    <message>
        <source>Open a window of its own instead of handing the files to the Gazette already running.</source>
        <translation>打开独立的窗口，而不是把文件交给已在运行的 Gazette。</translation>
    </message>
</context>
</TS>
