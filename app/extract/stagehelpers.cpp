// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagehelpers.h"

#include "extract/gazetteer.h"

#include <QStringList>

#include <algorithm>

namespace Gazette {

namespace {

// "[Cc]hief [Ee]xecutive": titles at the start of a sentence or inside one.
QString eitherCase(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out << QStringLiteral("[%1%2]%3").arg(w.at(0).toUpper(), w.at(0).toLower(), QRegularExpression::escape(w.mid(1)));
    return out.join(QLatin1Char('|'));
}

} // namespace

// Functions, not namespace-level constants: the stages build their own static patterns from
// these, and the order in which files initialise their constants is not defined.
const QString &nameWordPattern()
{
    static const QString pattern = QStringLiteral("(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{N}&+]*(?:['’-]\\p{L}[\\p{L}\\p{N}]*)*\\+?)");
    return pattern;
}

namespace {

// How the name of a trade ends.
const QStringList &tradeWordEndings()
{
    static const QStringList endings = {QStringLiteral("er"),   QStringLiteral("or"),   QStringLiteral("ist"), QStringLiteral("ian"),
                                        QStringLiteral("man"),  QStringLiteral("tress"), QStringLiteral("ster"), QStringLiteral("ant"),
                                        QStringLiteral("dent"), QStringLiteral("gent"), QStringLiteral("eur")};
    return endings;
}

} // namespace

const QString &tradeWordPattern()
{
    static const QString noTrade = QStringLiteral(
        R"((?:striker|midfielder|defender|winger|goalkeeper|keeper|forward|flanker|hooker|fullback|bowler|batsman|batter|all-rounder|spinner|runner|)"
        R"(sprinter|scorer|after|under|over|ever|never|however|whether|together|other|another|either|neither|rather|later|earlier|former|latter|)"
        R"(further|farther|number|member|order|offer|consider|remember|deliver|enter|answer|cover|discover|register|transfer|prefer|)"
        R"(wonder|gather|suffer|counter|encounter|render|surrender|border|water|power|paper|matter|letter|quarter|summer|winter|)"
        R"(corner|chapter|center|centre|sister|brother|mother|father|daughter|error|mirror|terror|factor|sector|motor|tractor|)"
        R"(monitor|labor|color|honor|favor|flavor|floor|interior|exterior|superior|inferior|minor|major|human|woman|list|exist|)"
        R"(insist|assist|resist|consist|persist|twist|wrist|important|significant|relevant|giant|constant|distant|instant|)"
        R"(elegant|dominant|abundant|reluctant|vacant|pregnant|brilliant|higher|lower|bigger|larger|smaller|better|greater|)"
        R"(longer|stronger|weaker|faster|slower|older|younger|newer|closer|cheaper|deeper|wider|richer|poorer|harder|easier))");
    static const QString pattern =
        QStringLiteral(R"((?-i:(?!%1\b)\p{Ll}[\p{Ll}-]{3,}(?:%2)\b))").arg(noTrade, tradeWordEndings().join(QLatin1Char('|')));
    return pattern;
}

bool isTradeWord(QStringView word)
{
    static const QRegularExpression trade(QStringLiteral("^%1$").arg(tradeWordPattern()));
    const QStringList &endings = tradeWordEndings();
    return std::any_of(endings.cbegin(), endings.cend(), [&](const QString &e) { return word.endsWith(e); }) && trade.matchView(word).hasMatch();
}

const QString &particlePattern()
{
    static const QString pattern = QStringLiteral("(?:van der|van den|van|von|de la|de|der|den|da|di|du|dos|al|el|bin|ibn|le|la|Al|El|Van|De)");
    return pattern;
}

const QString &personNamePattern()
{
    // A nickname in quotation marks may stand between two words of the name ("Oluwatobiloba
    // “Tobi” Adéwálé").
    static const QString pattern = QStringLiteral("%1(?:\\s+(?:[“\"]%1[”\"]\\s+(?=\\p{Lu}))?(?:%2\\s+)?%1){0,3}").arg(nameWordPattern(), particlePattern());
    return pattern;
}

const QSet<QString> &namedLabels()
{
    static const QSet<QString> labels = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("PRODUCT"), QStringLiteral("FAC"),
                                         QStringLiteral("EVENT"), QStringLiteral("GPE"), QStringLiteral("LOC"), QStringLiteral("NORP"),
                                         QStringLiteral("LAW")};
    return labels;
}

const QRegularExpression &titleAtStart()
{
    static const QRegularExpression re(QStringLiteral("^(?:(?:%1)\\.?\\s+)+").arg(eitherCase(Gazetteer::instance().titles())));
    return re;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool partOfLongerName(const ExtractionContext &context, int start, int end)
{
    const QString &text = context.text;
    const TextLayout &layout = context.layout;
    if (layout.inTitleCase(start) || layout.inCapitals(start))
        return false;
    if (end + 1 < text.size() && text.at(end) == QLatin1Char(' ') && text.at(end + 1).isUpper() && !context.spans.isTaken(end + 1))
        return true;
    if (start >= 2 && text.at(start - 1) == QLatin1Char(' ') && isWordChar(text.at(start - 2))) {
        int wordStart = start - 2;
        while (wordStart > 0 && (isWordChar(text.at(wordStart - 1)) || text.at(wordStart - 1) == QLatin1Char('.')))
            --wordStart;
        if (text.at(wordStart).isUpper() && !layout.isSentenceStart(wordStart))
            return true;
    }
    return false;
}

QString surfaceOf(const QString &text, const Annotation &a)
{
    return text.mid(a.start, a.end - a.start).simplified();
}

bool gaveTheirName(QStringView before)
{
    static const QRegularExpression gave(QStringLiteral(R"(\bgave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+|full\s+)?name(?:\s+only)?(?:\s+as|\s*,)\s+$)"));
    return gave.matchView(before).hasMatch();
}

bool isPinyinName(const QString &word)
{
    static const QRegularExpression syllables(QStringLiteral(
        "^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|a|o|e|i|u)"
        "(?:-|(?=[bpmfdtnlgkhjqxrzcsyw]|$))){1,2}$"));
    return word.size() >= 2 && syllables.match(word.toLower()).hasMatch();
}

bool addPerson(ExtractionContext &context, int start, int end, const QString &rule, double confidence)
{
    const QString &text = context.text;
    const Gazetteer &gazetteer = context.gazetteer;
    // Whole words only: "der" in "midfielder Kwabena" is no particle, "al" in "general" none.
    static const QRegularExpression nameBefore(QStringLiteral("(?:(?<!\\p{L})(?<given>\\p{Lu}\\p{Ll}+)\\s+)?(?:(?<!\\p{L})(?<particle>%1)\\s+)?$").arg(particlePattern()));
    const int window = std::max(0, start - 30);
    const auto before = nameBefore.matchView(QStringView(text).mid(window, start - window));
    if (before.hasMatch() && before.capturedLength() > 0) {
        // "Judge" and "Bishop" are given names too, but before a name they are its title.
        const QString word = before.captured(QStringLiteral("given"));
        const bool given = !word.isEmpty() && gazetteer.isGivenName(word) && !gazetteer.isTitle(word);
        if (given)
            start = window + int(before.capturedStart(QStringLiteral("given")));
        else if (before.hasCaptured(QStringLiteral("particle")))
            start = window + int(before.capturedStart(QStringLiteral("particle")));
    }
    const QString name = text.mid(start, end - start);
    const int entry = gazetteer.lookup(name);
    if (entry >= 0 && gazetteer.entry(entry).label != QLatin1String("GPE"))
        return false;
    return context.spans.add(start, end, QStringLiteral("PERSON"), rule, confidence);
}

} // namespace Gazette
