// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesestage.h"

#include "extract/extractioncontext.h"
#include "extract/phrasematcher.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace Gazette {

namespace {

using RE = QRegularExpression;

QStringList lines(const QString &resource)
{
    QFile file(resource);
    QStringList result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            result.append(line.section(QLatin1Char('\t'), 0, 0));
    }
    return result;
}

// The places of China as one automaton, built on first use.
const PhraseMatcher &places()
{
    static const PhraseMatcher matcher = [] {
        PhraseMatcher m;
        for (const QString &name : lines(QStringLiteral(":/gazetteers/places-zh.tsv")))
            m.add(name, 0);
        m.build();
        return m;
    }();
    return matcher;
}

QString surnamePattern()
{
    QStringList names = lines(QStringLiteral(":/gazetteers/curated/surnames-zh-han.txt"));
    // Compound names first, so that 欧阳 wins over a one-character reading.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QStringLiteral("(?:%1)").arg(names.join(QLatin1Char('|')));
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

void addNumbers(ExtractionContext &context)
{
    static const RE money(QStringLiteral("\\d+(?:\\.\\d+)?(?:万|亿|万亿)?(?:元|美元|欧元|港元|日元|英镑)"));
    static const RE percent(QStringLiteral("\\d+(?:\\.\\d+)?[%％]|百分之[零一二三四五六七八九十百\\d.]+"));
    static const RE date(QStringLiteral("\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日|(?:今|去|明)年|星期[一二三四五六日天]|周[一二三四五六日]"));
    for (const auto &[re, label, rule] : {std::tuple{&money, "MONEY", "chinese.money"}, std::tuple{&percent, "PERCENT", "chinese.percent"},
                                          std::tuple{&date, "DATE", "chinese.date"}}) {
        for (auto it = re->globalMatch(context.text); it.hasNext();) {
            const auto m = it.next();
            const int start = int(m.capturedStart()), end = int(m.capturedEnd());
            if (context.spans.isFree(start, end))
                context.spans.add(start, end, QString::fromLatin1(label), QString::fromLatin1(rule), 0.85);
        }
    }
}

void addPlaces(ExtractionContext &context)
{
    for (const PhraseMatcher::Match &m : PhraseMatcher::longestLeftmost(places().findAll(context.text))) {
        if (context.spans.isFree(m.start, m.end))
            context.spans.add(m.start, m.end, QStringLiteral("GPE"), QStringLiteral("chinese.place"), 0.8);
    }
}

// A name ends in a word that says what it is; it starts after punctuation or a short word that
// cannot be part of it.
void addOrganisations(ExtractionContext &context)
{
    static const RE organisation(QStringLiteral("[\\p{Han}A-Za-z0-9]{2,12}?(?:有限公司|股份公司|公司|集团|银行|大学|研究院|研究所|委员会|交易所|基金会|协会|医院|证券|保险|汽车|科技|电子|航空)"));
    static const QString stops = QStringLiteral("的在和与是了对向由将被从把为及或也都就但而说称表示今年去年");
    const QString &text = context.text;
    for (auto it = organisation.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        // Trim words that cannot start a name ("在上海汽车" starts at 上海).
        while (start < end - 2 && stops.contains(text.at(start)))
            ++start;
        // A place at the start belongs to the name ("上海汽车集团"): the name wins over the place.
        context.spans.removeIf([&](const Annotation &a) { return a.ruleId == QLatin1String("chinese.place") && a.start >= start && a.end <= end; });
        if (end - start >= 3 && context.spans.isFree(start, end))
            context.spans.add(start, end, QStringLiteral("ORG"), QStringLiteral("chinese.organisation"), 0.75);
    }
}

void addPeople(ExtractionContext &context)
{
    static const QString surname = surnamePattern();
    static const RE speaker(QStringLiteral("(?<name>%1\\p{Han}{1,2})(?=表示|说|称|指出|认为|介绍|强调|透露|告诉)").arg(surname));
    static const RE titled(QStringLiteral("(?:总裁|董事长|主席|总经理|经理|部长|市长|省长|局长|教授|记者|发言人|首席执行官|创始人|院长|校长|总统|总理)(?<name>%1\\p{Han}{1,2})").arg(surname));
    for (const RE *re : {&titled, &speaker}) {
        for (auto it = re->globalMatch(context.text); it.hasNext();) {
            const auto m = it.next();
            const int start = int(m.capturedStart(QStringLiteral("name"))), end = int(m.capturedEnd(QStringLiteral("name")));
            if (context.spans.isFree(start, end))
                context.spans.add(start, end, QStringLiteral("PERSON"), QStringLiteral("chinese.person"), 0.75);
        }
    }
    // The same names elsewhere in the article.
    const QList<Annotation> found = context.spans.list();
    QSet<QString> names;
    for (const Annotation &a : found) {
        if (a.ruleId == QLatin1String("chinese.person"))
            names.insert(context.text.mid(a.start, a.end - a.start));
    }
    for (const QString &name : std::as_const(names)) {
        for (qsizetype at = context.text.indexOf(name); at >= 0; at = context.text.indexOf(name, at + 1)) {
            if (context.spans.isFree(int(at), int(at + name.size())))
                context.spans.add(int(at), int(at + name.size()), QStringLiteral("PERSON"), QStringLiteral("chinese.person.again"), 0.7);
        }
    }
}

} // namespace

bool ChineseStage::isMostlyChinese(const QString &text)
{
    int han = 0, letters = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            han += isHan(c);
        }
    }
    return letters > 0 && han * 2 > letters;
}

void ChineseStage::run(ExtractionContext &context) const
{
    if (!isMostlyChinese(context.text))
        return;
    addNumbers(context);
    addPeople(context);
    addPlaces(context);
    addOrganisations(context);
}

} // namespace Gazette
