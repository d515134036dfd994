// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>

#include <vector>

#include "extract/sequencetagger.h"
#include "extract/stage.h"

namespace Gazette {

struct ExtractionContext;

// The learned tagger decides names. The rule stages before it proposed names; those proposals,
// the gazetteers' matches and the cue words become the tagger's features, and its names replace
// the rules' ones, except where a precise rule found them (the reader's lexicon, bylines,
// datelines, people after a title): those keep priority. Without a model the rules' names stay.
class TaggerStage final : public Stage
{
public:
    explicit TaggerStage(const SequenceTagger *model = nullptr);

    QLatin1StringView id() const override { return QLatin1StringView("model.tagger"); }
    void run(ExtractionContext &context) const override;

    // What the tagger sees of an article: its text and the cues of the stages before this one.
    static TaggedText input(const ExtractionContext &context);
    static bool isPreciseRule(const QString &ruleId);

private:
    static void addOtherMentions(ExtractionContext &context, const QList<SequenceTagger::Span> &names);
    static bool isSentenceInitialGerund(const ExtractionContext &context, const SequenceTagger::Span &span);
    static void trimHeadlineSpans(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelLonePersonWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelPeopleByTheirClauses(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelPartyCandidates(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelNamedPeopleAgain(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addPeopleByTheirClauses(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void splitAtAndThe(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelUnlistedSources(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelNamedStorms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelLanguages(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void dropLeadingTitles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinOrganisationParts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void extendOrganisationsOfNames(const ExtractionContext &context, const QSet<int> &organisationEnds, QList<SequenceTagger::Span> &spans);
    static void cutAtBrackets(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinMiddleInitials(ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelCountries(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelByTheirWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelTeams(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addFixtureTeams(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addNicknames(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelNationalNouns(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addModelNumberProducts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelNamedModels(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void cutAtCommas(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinArabicArticles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static const QRegularExpression &whoOnlyPeopleAre();
    static bool inAPlace(const QString &text, const SequenceTagger::Span &s);
    static void relabelViewHolders(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addPeopleByTheirPlay(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelPlayers(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelByLastWord(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addOrganisationsBeforeJobs(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelSpeakingThings(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelByContext(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void relabelShortNames(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addDefinedAcronyms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinRomanceInstitutions(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addStyledNames(ExtractionContext &context);
    static void joinPossessiveOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void extendRepeatedOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addCoordinatedOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinPersonParts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void trimTrailingFunctionWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void cutAtInnerWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinFieldsAfterAnd(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addSuffixNamesTheModelMissed(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinNewspaperArticles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinAdjacentOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinHyphenatedAcronyms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinCountriesWithAnd(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinOrganisationsAndCountries(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void splitAtTitles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addPeopleByTheirJobs(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "“...,” MacAskill told BBC Scotland": a name the model missed that speaks a quote and looks
    // like a person's (a known given or family name, or a Gaelic "Mac"/"Mc"/"O’" name).
    static void addQuoteSpeakers(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "durian grower Prasert Thongdee", "nurse Tsion Asfaw Dinku": a name of two to four words
    // right after a trade's name in lower case, where the model found nothing, is a person.
    // (Not after the trades that describe firms: "chipmaker", "lender", "operator".)
    static void addPeopleAfterTheirTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "Indonesian low-cost carrier Cendana Air", "the lender Akoba Finance": a name of one to four
    // capitalised words right after a trade that describes firms, where the model found nothing,
    // is an organisation (not one that starts with a given name: "developer Ana Ruiz").
    static void addFirmsAfterTheirTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void addLowerCaseBrands(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static void joinBrandsToModels(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "launched its Zero 50 Pro smartphone", "unveiled the new Kasi Boda E2 motorcycle": the
    // capitalised words and model numbers a launch puts before the kind of thing launched are a
    // product, where the model found nothing there.
    static void addLaunchedProducts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "Meteorologist Ruth Paucar Inga said": a trade's name that opens a sentence is no part of
    // the person after it (not a given name made like one: "Hunter Biden", "Walker Evans").
    static void dropOpeningTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    // "Moody’s said": a listed name written with its 's ("Moody's", "McDonald's") keeps it; the
    // model, taking the ’s for a possessive, ended the name before it.
    static void keepListedPossessives(const ExtractionContext &context, QList<SequenceTagger::Span> &spans);
    static bool isListedPossessive(const ExtractionContext &context, int start, int end);
    static bool isUnnamedPerson(const ExtractionContext &context, const QList<SequenceTagger::Span> &spans, int start, int end);
    // The listed organisations (gazetteer spans) a model span covers and extends into a longer
    // name; empty when it covers anything else.
    static QList<const Annotation *> extendedListedOrganisations(const ExtractionContext &context, const std::vector<const Annotation *> &earlier,
                                                                 const SequenceTagger::Span &span);

    const SequenceTagger *m_model;
};

} // namespace Gazette
