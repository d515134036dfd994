// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QFile>

namespace Gazette {

namespace {

// The lines of a compiled-in list, without comments and empty lines.
QList<QByteArray> lines(const char *name)
{
    QFile file(QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    result.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty() || line.startsWith('#'); });
    return result;
}

} // namespace

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
    const QString upper = phrase.toUpper();
    if (upper != phrase)
        m_capitals.add(upper, index);
}

void Gazetteer::addCue(const QString &phrase, const QString &label, const QString &kind)
{
    const int index = int(m_entries.size());
    m_entries.append({label, kind, {}});
    m_names.add(phrase, index);
}

Gazetteer::Gazetteer()
{
    // Organisations and products before places: "Toyota" is the company, not the city.
    for (const QByteArray &line : lines(":/gazetteers/organisations.tsv")) {
        const QList<QByteArray> f = line.split('\t');
        add(QString::fromUtf8(f.value(0)), QStringLiteral("ORG"), QString::fromUtf8(f.value(2)), QString::fromUtf8(f.value(3)));
    }
    for (const QByteArray &line : lines(":/gazetteers/curated/products.tsv"))
        add(QString::fromUtf8(line.trimmed()), QStringLiteral("PRODUCT"), {});
    for (const QByteArray &line : lines(":/gazetteers/nationalities.tsv"))
        add(QString::fromUtf8(line.left(line.indexOf('\t'))), QStringLiteral("NORP"), {});
    for (const char *name : {":/gazetteers/curated/places.tsv", ":/gazetteers/countries.tsv", ":/gazetteers/regions.tsv", ":/gazetteers/cities.tsv"}) {
        for (const QByteArray &line : lines(name)) {
            const QList<QByteArray> f = line.split('\t');
            const QString place = QString::fromUtf8(f.value(0));
            if (place.size() > 2 || place.contains(QLatin1Char('.')) || place == QLatin1String("US") || place == QLatin1String("UK"))
                add(place, QString::fromUtf8(f.value(1)), {});
            if (QLatin1String(name) == QLatin1String(":/gazetteers/countries.tsv"))
                m_countries.insert(place);
        }
    }
    for (const QByteArray &line : lines(":/gazetteers/curated/titles.txt")) {
        const QString title = QString::fromUtf8(line.trimmed());
        m_titles.append(title);
        m_lowerTitles.insert(title.toLower());
        addCue(title, titleLabel());
        const QString otherCase = (title.at(0).isUpper() ? title.at(0).toLower() : title.at(0).toUpper()) + title.mid(1);
        if (otherCase != title)
            addCue(otherCase, titleLabel());
    }
    for (const QByteArray &line : lines(":/gazetteers/curated/name-suffixes.tsv")) {
        const QList<QByteArray> f = line.split('\t');
        addCue(QString::fromUtf8(f.value(0)), suffixLabel(), QString::fromUtf8(f.value(1).trimmed()));
    }
    for (const QByteArray &line : lines(":/gazetteers/curated/legal-forms.txt"))
        m_legalForms.insert(QString::fromUtf8(line.trimmed()));
    m_names.build();
    m_capitals.build();

    for (const QByteArray &line : lines(":/gazetteers/curated/surnames-zh.txt"))
        m_words.append(QString::fromUtf8(line.trimmed()));
    const qsizetype surnames = m_words.size();
    for (const QByteArray &line : lines(":/gazetteers/surnames.txt"))
        m_words.append(QString::fromUtf8(line.trimmed()));
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
    for (const QByteArray &line : lines(":/gazetteers/given-names.txt")) {
        const QString name = QString::fromUtf8(line.trimmed());
        const int known = lookup(name);
        if (!notNames.contains(name) && (known < 0 || m_entries.at(known).label == QLatin1String("GPE")))
            m_words.append(name);
    }
    // The list is complete: its strings no longer move.
    for (qsizetype i = 0; i < m_words.size(); ++i)
        (i < surnames ? m_chineseSurnames : i < familyNames ? m_surnames : m_givenNames).insert(QStringView(m_words.at(i)));
}

} // namespace Gazette
