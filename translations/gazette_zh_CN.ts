<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gazette::Annotation</name>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationStore</name>
    <message>
        <source>The library “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Gazette library: it is no SQLite database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the library “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Gazette library. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Gazette (library format %2; this version reads up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Gazette library. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Article</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::BratFormat</name>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat has no confidence, rule or author: they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts become relations only when both sides are entities mentioned in the text; facts with a literal value (such as 16%) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the .ann file is not a valid span: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text at %2–%3 is “%4”, not “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Cli</name>
    <message>
        <source>gazette: unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave suggestions out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave facts out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette export: unknown format “%1”; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette export: no library at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette export: the library has no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 article(s) as %2 into %3 file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a report of %1 article(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette import: give files, folders or web addresses, and --library LIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette export: give either FILE... or --library LIB, and -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette export: there is no article to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, brat or conll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: unknown format “%1”; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: name at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: cannot create the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: %1: the file is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gazette extract: %1: the file has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 annotations, %3 facts -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to score, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every missed and spurious span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one GOLD_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spurious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gold articles</source>
        <translation type="unfinished"></translation>
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
                                 score the extractor against brat gold files (NAME.txt + NAME.ann)

Window options:
  --screenshot PATH              save a PNG of the window once it is shown, then quit
  --theme NAME                   use a KSyntaxHighlighting theme (e.g. &quot;Breeze Dark&quot;)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::ConllFormat</name>
    <message>
        <source>CoNLL-2003 IOB2 (NER training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL has tokens and entity tags only: facts, quotes, statuses, notes, rules and confidence are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested and overlapping spans cannot be expressed: the outermost span wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is rebuilt from tokens separated by single spaces, so offsets change on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not CoNLL: “%1” has no tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::CsvFormat</name>
    <message>
        <source>CSV of facts and entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV holds facts and entities, not the article&apos;s text or its spans: annotations are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Gazette facts CSV: the header row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O), or pick one in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: its text changed and it could not be placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label All &amp;Occurrences as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept	A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject	X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relabel as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Suggestions of This &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All &amp;Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Edits</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &apos;%1&apos; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation already has that label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel &apos;%1&apos; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span cannot be empty or reach beyond the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation is already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &apos;%1&apos; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation is already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject &apos;%1&apos; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no suggestions to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence of &apos;%1&apos; is already labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation or the entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention is already linked to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention is not linked to an entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entity a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact needs a kind and a predicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence lies outside the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fact &apos;%1 %2 %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit fact &apos;%1 %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete fact &apos;%1 %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article already has that review status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark article as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions of &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label all occurrences of &apos;%1&apos; as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::EntityModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3, confidence %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions: %1 · to review: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Evaluation</name>
    <message>
        <source>There is no folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no .txt files with .ann files beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.ann: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote attribution: %1 of %2 quotes with a named speaker (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::ExportDialog</name>
    <message>
        <source>&amp;This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;accepted annotations (leave suggestions out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is laid out from this HTML, on A4 pages with page numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::FactDialog</name>
    <message>
        <source>Edit Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. partners with, market share, rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised, e.g. 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601, e.g. 2023 or 2025-02-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: select the supporting text in the article before adding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object or value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::FactModel</name>
    <message>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::FeedDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — choose the items to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::FeedReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed declares a document type; feeds do not, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is not an RSS or Atom feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no text: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::GazetteJsonFormat</name>
    <message>
        <source>Gazette JSON (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Gazette JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation lies outside the text (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::HtmlImporter</name>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Importer</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be an article (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bytes could not be decoded as %1 and were replaced by �: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::ImporterRegistry</name>
    <message>
        <source>All articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Inspector</name>
    <message>
        <source>Extractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this annotation, kept in the library and exported with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text changed and it could not be placed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation in the article or a fact to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::LabelLegend</name>
    <message>
        <source>Labels and their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3. Select text and press %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::LabelSet</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, including fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies, agencies, institutions, media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country, city, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geopolitical entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-GPE places: mountain ranges, bodies of water, regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute or relative dates or periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary values, with unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages, including “%”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities, religious and political groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices, vehicles, software, AI models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings, airports, highways, bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named summits, forums, storms, wars, sports events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work of art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles of books, songs, films, games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named documents made into laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any named language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times smaller than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements, as of weight or distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“first”, “second”, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerals that fall under no other label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported speech inside quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryDelegate</name>
    <message>
        <source>entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Suggestions to review: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gazette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gazette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gazette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;A workbench that turns news articles into structured, verified knowledge: people, organisations, places, dates, amounts, quotes and facts, highlighted, corrected and exported.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2) and KSyntaxHighlighting %3.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet.
Open one with File › Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Article from Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has an earlier version of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update it to this version? Annotations and evidence move with the text; those whose text is gone are kept and marked as orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Update Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1 span(s) kept their place, %2 moved, %3 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was upgraded; the old version is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Library to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and all its annotations and facts from the library? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 suggestions reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open  ·  Library %1 (articles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, then choose its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities in this article yet.
Select text and press 1–9 to label it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected mention, or every suggestion of the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected entity another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected entity into another one of the same label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other %1 entity to merge “%2” into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facts in this article yet.
Select the supporting text and choose Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fact, with the selected text as its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports or data of this article, the selected ones or the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text on the clipboard to the library as an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be an article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 item(s) of “%2”; %3 already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Items Were Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every article file in a folder and its sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a web page or feed and add it to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of an article or a feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: what was read is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details list each source that could not be read, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding names, dates, amounts and quotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Without Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction cancelled: the article was added without suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::MarkdownImporter</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains only white space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::Report</name>
    <message>
        <source>dashed: suggestion not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette report: %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Gazette on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 with Gazette on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::SettingsDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme text style whose colour the label takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, stored with every correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (keys 1–9 label the selected text; colours follow the theme):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OntoNotes labels are always there; give them no key to keep them out of the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find entities, quotes and facts in every article opened or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::SourceReader</name>
    <message>
        <source>The feed has no items with text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an article but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::SourceView</name>
    <message>
        <source>Original markup of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original markup of the article appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::SpacyFormat</name>
    <message>
        <source>spaCy JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaCy&apos;s format has the text and entity spans only: facts, statuses, notes, rules and confidence are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a spaCy JSON line: it has no &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity lies outside the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::TextDecoder</name>
    <message>
        <source>This looks like a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 is larger than %2; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; Gazette does not follow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gazette::W3cFormat</name>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and entities are not part of the Web Annotation model: they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule and confidence are kept as Gazette extension properties that other tools ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Web Annotation collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation cannot be placed in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gazette: read, annotate and verify news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the KSyntaxHighlighting theme NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme “%1”; using “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
