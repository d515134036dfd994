// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phrasematcher.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Gazette {

// The name lists of resources/gazetteers (compiled in), loaded once per process on first use
// (not at start-up) into one index by first word: organisations, products, nationalities and groups,
// places. Also the given names and the Chinese family names the person rules use.
class Gazetteer
{
public:
    struct Entry
    {
        QString label; // ORG, PRODUCT, NORP, GPE, LOC
        QString kind;  // for ORG: company, news, government, market, sports, research, finance
        QString place; // for some ORG: the city of the head office ("the Cupertino-based company")
    };

    static const Gazetteer &instance();

    // Every phrase, case-sensitive; Match::value indexes entry().
    const WordPhraseIndex &names() const { return m_names; }
    // The same phrases in capitals, for all-caps headlines and datelines ("SHENZHEN").
    const WordPhraseIndex &capitals() const { return m_capitals; }
    const Entry &entry(int index) const { return m_entries.at(index); }
    // The entry of a whole phrase, or -1.
    int lookup(const QString &phrase) const { return m_index.value(phrase, -1); }

    // Cue words in the same index (not names: lookup() does not know them): titles before a
    // person's name and the last words of names (Entry::kind: the label they give, such as ORG
    // for "Robotics" or FAC for "Arena").
    static QString titleLabel() { return QStringLiteral("TITLE"); }
    static QString suffixLabel() { return QStringLiteral("NAME-SUFFIX"); }
    const QStringList &titles() const { return m_titles; }
    // One word of the title list, in either case ("Judge", "dr"): a hash lookup.
    bool isTitle(QStringView word) const { return m_lowerTitles.contains(word.toString().toLower()); }
    // A brand of phones or other devices, in any case ("itel", "realme"; brands.txt).
    bool isBrand(QStringView word) const;

    bool isGivenName(QStringView word) const { return m_givenNames.contains(word); }
    // A country's name ("Saudi Arabia", "Hungary"): a place in every annotated article, also as
    // a national team.
    bool isCountry(const QString &name) const { return m_countries.contains(name); }
    bool isChineseSurname(QStringView word) const { return m_chineseSurnames.contains(word); }
    // Family names of many countries (resources/gazetteers/surnames.txt): a hint for the tagger.
    bool isSurname(QStringView word) const { return m_surnames.contains(word); }
    // A legal form or the like that ends a company's name ("JSC", "Co", "Pvt Ltd").
    bool isLegalForm(const QString &words) const { return m_legalForms.contains(words); }
    // A language's name (ISO 639-3: "Sesotho" no, "Konkani", "Dhivehi", "Tok Pisin"); not a cue of
    // the tagger, only of the rule that reads its context ("written in Konkani").
    bool isLanguage(QStringView name) const { return m_languages.contains(name); }
    int phraseCount() const { return int(m_entries.size()); }

private:
    Gazetteer();
    void add(const QString &phrase, const QString &label, const QString &kind, const QString &place = {});
    void addCue(const QString &phrase, const QString &label, const QString &kind = {});

    WordPhraseIndex m_names;
    WordPhraseIndex m_capitals;
    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    // Views into m_words, which is filled once and never changes: lookups need no copy.
    QStringList m_words;
    QSet<QStringView> m_givenNames;
    QSet<QStringView> m_chineseSurnames;
    QSet<QStringView> m_surnames;
    QSet<QString> m_legalForms;
    QStringList m_languageNames;   // filled once: the views below point into it
    QSet<QStringView> m_languages;
    QSet<QString> m_countries;
    QStringList m_titles;
    QSet<QString> m_lowerTitles;
    // Views into m_brands (lower case), filled once: a word is looked up without a copy.
    QStringList m_brands;
    QSet<QStringView> m_lowerBrands;
};

} // namespace Gazette
