// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstage.h"

#include "extract/speakerresolver.h"
#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

using RE = QRegularExpression;

const QString StatementCue = QStringLiteral(
    "(?:has |have |had )?(?:said|says|told|reported|reports|wrote|writes|estimates|estimated|warned|added|announced|noted|argued|predicted|"
    "insisted|stressed|confirmed|forecast|projected)");

// Where the reported clause ends: the sentence's end, or a clause that only comments on it.
int contentEnd(const QString &text, int start, int sentenceEnd)
{
    // ", describing the count as", ", though she did not", " and warned that": a new clause of the
    // speaker's own, not what was reported.
    // ", and that inflation ...", ", and Hyderabad-based MosChip is ...": another reported clause,
    // or another subject's; ", the largest fintech acquisition this year": the writer's comment.
    // ", but that two people were hurt" goes on reporting; a full stop ends the clause, not the
    // period of "a.m." or "U.S." before a lower-case word.
    static const RE stop(QStringLiteral(",\\s+(?:which|who|while|as|but(?!\\s+that\\b)|although|though|where|when|after|a result|a move|\\p{Ll}+ing)\\b|\\s+so that\\b|;|\\s+[—–]\\s+|"
                                        ",\\s+and\\s+(?:that\\b|\\p{Lu})|,\\s+the\\s+(?:\\p{Ll}+est|first|second|third|last|latest)\\b|"
                                        "\\s+and\\s+(?:warned|added|said|urged|called|told|stressed|noted|insisted)\\b|[.!?](?=\\s+[^\\p{Ll}]|\\s*$)|\\s[“\"]\\s*$|:\\s*[“\"]"));
    const auto m = stop.matchView(QStringView(text).mid(start, sentenceEnd - start));
    int end = m.hasMatch() ? start + int(m.capturedStart()) : sentenceEnd;
    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('.') || text.at(end - 1) == QLatin1Char(',')))
        --end;
    return end;
}

int wordCount(QStringView text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

Fact statement(const QString &text, const Annotation &speaker, const QString &cue, int start, int end, const QString &rule, double confidence)
{
    Fact f;
    f.kind = QStringLiteral("statement");
    f.subjectEntityId = speaker.entityId;
    f.subjectText = surfaceOf(text, speaker);
    f.predicate = cue.simplified();
    f.objectText = text.mid(start, end - start);
    f.ruleId = rule;
    f.confidence = confidence;
    f.origin = Origin::Auto;
    f.status = AnnotationStatus::Suggested;
    // The evidence's words come last (Extractor::extract), for the facts kept.
    const Evidence content{start, end, {}, {}, {}, false};
    const Evidence who{speaker.start, speaker.end, {}, {}, {}, false};
    f.evidence = {content, who};
    return f;
}

} // namespace

void StatementStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    const SpeakerResolver resolver(context);
    // After the verb: an audience for "told", a time or a channel, then "that" or the clause itself.
    static const RE saidThat(QStringLiteral("\\b(?<cue>%1)(?<channel>\\s+in\\s+(?:a|an|its|their|his|her)\\s+(?:preliminary\\s+|policy\\s+|written\\s+)?"
                                            "(?:statement|report|note|ruling|editorial|post|letter|interview|filing|regulatory\\s+filing)(?:\\s+(?:to|on|with)\\s+[\\w’'-]+)?)?"
                                            "(?<skip>(?:\\s+(?!(?:that|had|has|have|was|were|is|are|would|will|could|been)\\b)(?:[\\p{L}\\p{M}\\p{N}_’'.$-]|,(?=\\d))+){0,14}?\\s+that|(?:\\s+(?:on|last|this|earlier|late|in|through|after)\\s+[\\w’'-]+(?:\\s+[\\w’'-]+)?)?"
                                            "(?:\\s+(?:[\\p{Lu}][\\w’'-]*|reporters|journalists|analysts|investors|lawmakers|parliament|a\\s+news\\s+conference|"
                                            "(?:public\\s+|state\\s+)?(?:broadcaster|radio|television|newspaper|news\\s+agency)(?:\\s+[\\p{Lu}][\\w’'-]*)*))*)"
                                            "\\s+(?<content>(?!(?:that|on|in|at|by|for|to|with|from|of|as|statement|post|interview|would|was|were|is|are|had|has|did|will|could|should|can|may|might)\\b)[\\p{L}\\p{N}$€£¥])").arg(StatementCue));
    // "..., Mekong Dairy said in a filing to the Ho Chi Minh City Stock Exchange (HOSE)."
    static const RE fronted(QStringLiteral(",\\s+(?<who>[^,“”\"]{2,80}?)\\s+(?<cue>%1)(?:\\s+(?:on|last|this|earlier|late|in)\\s+[^.,;“”\"]{1,70})?\\s*(?:[.,]|$)").arg(StatementCue));
    static const RE dateline(QStringLiteral("^[^\\n]{0,70}?\\s[-–—]\\s+"));
    static const RE pronounStart(QStringLiteral("^(?:he|she|it|they|we|i|there)\\b"), RE::CaseInsensitiveOption);
    for (const TextRange &sentence : context.sentences) {
        const QStringView words = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
        // A sentence that opens with a quote is direct speech: the quote stages have it.
        if (words.startsWith(QChar(0x201C)) || words.startsWith(QLatin1Char('"')) || words.startsWith(QLatin1Char('\'')))
            continue;
        if (const auto m = saidThat.matchView(words); m.hasMatch()) {
            const int verb = sentence.start + int(m.capturedStart(QStringLiteral("cue")));
            const int start = sentence.start + int(m.capturedStart(QStringLiteral("content")));
            const QStringView between = QStringView(text).mid(sentence.start, verb - sentence.start);
            // The verb of the main clause: not after a quote ("...," he said), nor inside one.
            // "Barratt Redrow added 1.9%", "Rahimzadeh added a penalty": "added" reports only a
            // clause ("added that", "added it would").
            const bool added = m.captured(QStringLiteral("cue")).endsWith(QLatin1String("added"));
            const bool clause = m.captured(QStringLiteral("skip")).endsWith(QLatin1String("that"))
                || pronounStart.matchView(QStringView(text).mid(start, std::min<qsizetype>(8, text.size() - start))).hasMatch();
            // The dateline's agency is not the subject ("MUMBAI, Nov 4 (Reuters) - PayVeda said").
            int subjectFrom = sentence.start;
            if (const auto d = dateline.matchView(between); d.hasMatch())
                subjectFrom += int(d.capturedLength());
            if (!between.contains(QChar(0x201D)) && !between.contains(QLatin1Char('"')) && (!added || clause)) {
                if (const Annotation *speaker = resolver.subjectOf(subjectFrom, verb)) {
                    const int end = contentEnd(text, start, sentence.end);
                    if (wordCount(QStringView(text).mid(start, end - start)) >= 3) {
                        QString cue = m.captured(QStringLiteral("cue")) + m.captured(QStringLiteral("channel"));
                        context.facts.append(statement(text, *speaker, cue, start, end, QStringLiteral("statement.said-that"), 0.75));
                        continue;
                    }
                }
            }
        }
        if (const auto m = fronted.matchView(words); m.hasMatch() && sentence.end - sentence.start > 0) {
            const int whoStart = sentence.start + int(m.capturedStart(QStringLiteral("who")));
            const int whoEnd = sentence.start + int(m.capturedEnd(QStringLiteral("who")));
            const Annotation *speaker = resolver.within(whoStart, whoEnd);
            const int end = sentence.start + int(m.capturedStart());
            // "NAIROBI, Nov 14 (Reuters) - About 2.1 million ...": the dateline is no part of it.
            int start = sentence.start;
            if (const auto d = dateline.matchView(words); d.hasMatch())
                start += int(d.capturedLength());
            if (speaker && wordCount(QStringView(text).mid(start, end - start)) >= 4 && !words.contains(QChar(0x201C)) && start < end)
                context.facts.append(statement(text, *speaker, m.captured(QStringLiteral("cue")), start, end, QStringLiteral("statement.fronted"), 0.7));
        }
    }
}

} // namespace Gazette
