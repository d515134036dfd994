// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownnamesstage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

using RE = QRegularExpression;
using Forms = QHash<QString, QList<NameForm>>;

void addForm(Forms &forms, const QString &form, const QString &label, const QString &canonical)
{
    if (form.size() < 2)
        return;
    QList<NameForm> &list = forms[form];
    for (NameForm &f : list) {
        if (f.label == label) {
            if (f.canonical == form && canonical != form)
                f.canonical = canonical; // "Visser" found first as a speaker, then "Marta Visser"
            return;
        }
    }
    list.append({label, canonical});
}

// "van Leeuwen" and "Van Leeuwen" for "Anna van Leeuwen", the family name first for Chinese
// names ("Tan" for "Tan Wei Ming"), else the last word.
void addPersonForms(const Gazetteer &gazetteer, Forms &forms, const QString &surface, const QStringList &words)
{
    static const RE particleName(QStringLiteral("\\b(?:%1)\\s+\\p{Lu}.*$").arg(particlePattern()));
    const QString label = QStringLiteral("PERSON");
    const auto particle = particleName.match(surface);
    if (particle.hasMatch() && particle.capturedStart() > 0) {
        QString form = particle.captured();
        addForm(forms, form, label, surface);
        form[0] = form.at(0).toUpper();
        addForm(forms, form, label, surface);
    } else if (gazetteer.isChineseSurname(words.first()) && isPinyinName(words.at(1)) && !gazetteer.isGivenName(words.first())) {
        addForm(forms, words.first(), label, surface);
    } else {
        addForm(forms, words.last(), label, surface);
    }
}

// "Halvorsen" for "Halvorsen Robotics"; a place only for a club ("Bayern", "Rotterdam").
void addOrganisationForm(const Gazetteer &gazetteer, Forms &forms, const Annotation &a, const QString &surface, const QStringList &words)
{
    static const RE club(QStringLiteral("\\b(?:FC|CF|Club|United|City|Munich)$"));
    const int entry = gazetteer.lookup(words.first());
    const bool isClub = a.ruleId == QLatin1String("gazetteer.sports") || club.match(surface).hasMatch();
    if (words.first() != QLatin1String("The") && (entry < 0 || (isClub && gazetteer.entry(entry).label == QLatin1String("GPE")))
        && !gazetteer.isGivenName(words.first()) && words.first().size() > 2)
        addForm(forms, words.first(), a.label, surface);
}

// Every name found so far with enough confidence, and the short forms it goes by.
Forms formsOf(const ExtractionContext &context)
{
    Forms forms;
    for (const Annotation &a : context.spans.list()) {
        if (!namedLabels().contains(a.label) || a.confidence < 0.6)
            continue;
        const QString surface = surfaceOf(context.text, a);
        addForm(forms, surface, a.label, surface);
        const QStringList words = surface.split(QLatin1Char(' '));
        if (words.size() < 2)
            continue;
        if (a.label == QLatin1String("PERSON"))
            addPersonForms(context.gazetteer, forms, surface, words);
        else if (a.label == QLatin1String("ORG"))
            addOrganisationForm(context.gazetteer, forms, a, surface, words);
    }
    return forms;
}

// Of the labels a form has, the one this mention takes.
const NameForm &chosenForm(const QString &text, const QList<NameForm> &candidates, const PhraseMatcher::Match &m)
{
    static const RE spokenAfter(QStringLiteral("^\\s+(?:said|says|told|added|estimated|warned|wrote)\\b"));
    const NameForm *chosen = &candidates.first();
    if (candidates.size() > 1) {
        // "Halvorsen said" is the person, "in Halvorsen" the company named after her.
        const bool spoken = spokenAfter.matchView(QStringView(text).mid(m.end, 12)).hasMatch();
        for (const NameForm &f : candidates) {
            if ((f.label == QLatin1String("PERSON")) == spoken)
                chosen = &f;
        }
    }
    return *chosen;
}

void addMention(ExtractionContext &context, const QString &form, const PhraseMatcher::Match &m, const QString &rule, bool capitals)
{
    static const RE locativeBefore(QStringLiteral("\\b(?:in|at|from|to|near|across|outside|around)\\s+$"));
    const QString &text = context.text;
    const QList<NameForm> candidates = context.forms.value(form);
    const NameForm &chosen = chosenForm(text, candidates, m);
    if (chosen.label == QLatin1String("ORG") && chosen.canonical != form) {
        // A short name that is also a place is the place where the sentence says so.
        const int entry = context.gazetteer.lookup(form);
        if (entry >= 0 && (locativeBefore.matchView(QStringView(text).mid(std::max(0, m.start - 12), std::min(12, m.start))).hasMatch()
                           || (m.end < text.size() && text.at(m.end) == QLatin1Char(','))))
            return;
    }
    if (!capitals && chosen.label != QLatin1String("PERSON") && partOfLongerName(context, m.start, m.end))
        return;
    if (context.spans.add(m.start, m.end, chosen.label, rule, 0.7))
        context.canonicalOf.insert(chosen.label + QLatin1Char('|') + text.mid(m.start, m.end - m.start), chosen.label + QLatin1Char('|') + chosen.canonical);
}

} // namespace

void OwnNamesStage::run(ExtractionContext &context) const
{
    context.forms = formsOf(context);
    context.forms.removeIf([&](const Forms::iterator &it) { return context.rejected.contains({it.key(), it.value().first().label}); });
    WordPhraseIndex own, ownCapitals;
    QList<QString> formOf;
    for (auto it = context.forms.cbegin(); it != context.forms.cend(); ++it) {
        own.add(it.key(), int(formOf.size()));
        if (it.key().toUpper() != it.key())
            ownCapitals.add(it.key().toUpper(), int(formOf.size()));
        formOf.append(it.key());
    }
    own.build();
    ownCapitals.build();
    for (const auto &m : PhraseMatcher::longestLeftmost(own.findAll(context.text)))
        addMention(context, formOf.at(m.value), m, QStringLiteral("coref.same-name"), false);
    for (const auto &m : inCapitals(context, ownCapitals))
        addMention(context, formOf.at(m.value), m, QStringLiteral("coref.capitals"), true);
}

} // namespace Gazette
