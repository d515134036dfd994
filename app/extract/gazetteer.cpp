// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QFile>

#include <algorithm>
#include <array>

namespace Gazette {

namespace {

// The lines of a compiled-in list, without comments and empty lines, as views of the list's
// bytes (read once; no copy per line).
struct Lines
{
    QByteArray read;
    QList<QByteArrayView> list;
    auto begin() const { return list.cbegin(); }
    auto end() const { return list.cend(); }
};

Lines lines(const char *name)
{
    Lines result;
    QFile file(QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    result.read = file.readAll();
    const QByteArrayView all = result.read;
    result.list.reserve(all.count('\n') + 1);
    for (qsizetype start = 0; start < all.size();) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        const QByteArrayView line = all.sliced(start, end - start);
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            result.list.append(line);
        start = end + 1;
    }
    return result;
}

// The field-th tab-separated field of a line (empty when it has fewer).
QByteArrayView field(QByteArrayView line, int field)
{
    qsizetype start = 0;
    for (int f = 0; f < field; ++f) {
        const qsizetype tab = line.indexOf('\t', start);
        if (tab < 0)
            return {};
        start = tab + 1;
    }
    const qsizetype tab = line.indexOf('\t', start);
    return line.sliced(start, (tab < 0 ? line.size() : tab) - start);
}

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

bool Gazetteer::isBrand(QStringView word) const
{
    // (in lower case in a buffer of its own: most words of a text are asked about, none copied)
    std::array<QChar, 32> lower;
    if (word.size() > qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        lower[size_t(i)] = word[i].toLower();
    return m_lowerBrands.contains(QStringView(lower.data(), word.size()));
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer; // thread-safe initialisation
    return gazetteer;
}

void Gazetteer::add(const QString &phrase, const QString &label, const QString &kind, const QString &place)
{
    if (phrase.size() < 2)
        return;
    if (const int known = m_index.value(phrase, -1); known >= 0) { // the first list that names a phrase wins
        if (m_entries[known].label == label && m_entries[known].place.isEmpty())
            m_entries[known].place = place;
        return;
    }
    const int index = int(m_entries.size());
    m_entries.append({label, kind, place});
    m_index.insert(phrase, index);
    m_names.add(phrase, index);
    // (upper-cased only when that changes it)
    if (std::any_of(phrase.cbegin(), phrase.cend(), [](QChar c) { return c.isLower() || c.toUpper() != c; }))
        m_capitals.add(phrase.toUpper(), index);
}

void Gazetteer::addCue(const QString &phrase, const QString &label, const QString &kind)
{
    const int index = int(m_entries.size());
    m_entries.append({label, kind, {}});
    m_names.add(phrase, index);
}

Gazetteer::Gazetteer()
{
    // (room for the lists' 30,000 names made once, not grown as they come)
    m_entries.reserve(32768);
    m_index.reserve(32768);
    // Organisations and products before places: "Toyota" is the company, not the city.
    for (const QByteArrayView line : lines(":/gazetteers/organisations.tsv"))
        add(utf8(field(line, 0)), QStringLiteral("ORG"), utf8(field(line, 2)), utf8(field(line, 3)));
    for (const QByteArrayView line : lines(":/gazetteers/curated/products.tsv"))
        add(utf8(line.trimmed()), QStringLiteral("PRODUCT"), {});
    for (const QByteArrayView line : lines(":/gazetteers/nationalities.tsv"))
        add(utf8(field(line, 0)), QStringLiteral("NORP"), {});
    for (const char *name : {":/gazetteers/curated/places.tsv", ":/gazetteers/countries.tsv", ":/gazetteers/regions.tsv", ":/gazetteers/cities.tsv"}) {
        const bool countries = QLatin1String(name) == QLatin1String(":/gazetteers/countries.tsv");
        for (const QByteArrayView line : lines(name)) {
            const QString place = utf8(field(line, 0));
            if (place.size() > 2 || place.contains(QLatin1Char('.')) || place == QLatin1String("US") || place == QLatin1String("UK"))
                add(place, utf8(field(line, 1)), {});
            if (countries)
                m_countries.insert(place);
        }
    }
    for (const QByteArrayView line : lines(":/gazetteers/curated/titles.txt")) {
        const QString title = utf8(line.trimmed());
        m_titles.append(title);
        m_lowerTitles.insert(title.toLower());
        addCue(title, titleLabel());
        const QString otherCase = (title.at(0).isUpper() ? title.at(0).toLower() : title.at(0).toUpper()) + title.mid(1);
        if (otherCase != title)
            addCue(otherCase, titleLabel());
    }
    for (const QByteArrayView line : lines(":/gazetteers/curated/name-suffixes.tsv"))
        addCue(utf8(field(line, 0)), suffixLabel(), utf8(field(line, 1).trimmed()));
    for (const QByteArrayView line : lines(":/gazetteers/brands.txt"))
        m_brands.append(utf8(line.trimmed()).toLower());
    for (const QString &brand : std::as_const(m_brands))
        m_lowerBrands.insert(QStringView(brand));
    for (const QByteArrayView line : lines(":/gazetteers/curated/legal-forms.txt"))
        m_legalForms.insert(utf8(line.trimmed()));
    for (const QByteArrayView line : lines(":/gazetteers/languages.tsv"))
        m_languageNames.append(utf8(field(line, 0)));
    for (const QString &name : std::as_const(m_languageNames))
        m_languages.insert(QStringView(name));
    m_names.build();
    m_capitals.build();

    m_words.reserve(65536);
    for (const QByteArrayView line : lines(":/gazetteers/curated/surnames-zh.txt"))
        m_words.append(utf8(line.trimmed()));
    const qsizetype surnames = m_words.size();
    for (const QByteArrayView line : lines(":/gazetteers/surnames.txt"))
        m_words.append(utf8(line.trimmed()));
    const qsizetype familyNames = m_words.size();
    // Given names that are far more often something else: words that begin sentences, months,
    // and the names of places and organisations ("Georgia", "Jordan", "Morgan Stanley" stays ORG
    // by the order of the rules).
    static const QSet<QString> notNames = {
        QStringLiteral("The"),    QStringLiteral("Will"),   QStringLiteral("May"),   QStringLiteral("June"),  QStringLiteral("April"),
        QStringLiteral("August"), QStringLiteral("Jan"),    QStringLiteral("Mark"),  QStringLiteral("Sunday"), QStringLiteral("Bill"),
        QStringLiteral("Chase"),  QStringLiteral("Grant"),  QStringLiteral("Guy"),   QStringLiteral("Sue"),   QStringLiteral("Rich"),
        QStringLiteral("Long"),   QStringLiteral("Young"),  QStringLiteral("Price"), QStringLiteral("Case"),  QStringLiteral("Hope"),
        QStringLiteral("Summer"), QStringLiteral("Winter"), QStringLiteral("Star"),  QStringLiteral("Rose"),  QStringLiteral("Faith"),
        QStringLiteral("Major"),  QStringLiteral("Royal"),  QStringLiteral("Golden"), QStringLiteral("Chief"), QStringLiteral("General"),
        QStringLiteral("Deputy"), QStringLiteral("Senior"), QStringLiteral("Speaker"), QStringLiteral("Justice"), QStringLiteral("Prince"),
        QStringLiteral("Federal"), QStringLiteral("Sterling"), QStringLiteral("Chase"), QStringLiteral("Gale"), QStringLiteral("Storm")};
    for (const QByteArrayView line : lines(":/gazetteers/given-names.txt")) {
        const QString name = utf8(line.trimmed());
        const int known = lookup(name);
        if (!notNames.contains(name) && (known < 0 || m_entries.at(known).label == QLatin1String("GPE")))
            m_words.append(name);
    }
    // The list is complete: its strings no longer move.
    m_chineseSurnames.reserve(surnames);
    m_surnames.reserve(familyNames - surnames);
    m_givenNames.reserve(m_words.size() - familyNames);
    for (qsizetype i = 0; i < m_words.size(); ++i)
        (i < surnames ? m_chineseSurnames : i < familyNames ? m_surnames : m_givenNames).insert(QStringView(m_words.at(i)));
}

} // namespace Gazette
