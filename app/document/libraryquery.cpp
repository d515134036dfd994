// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryquery.h"

#include <QHash>

namespace Gazette {

namespace {

// Field name -> label of the entities it looks for.
const QHash<QString, QString> &entityFields()
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("person"), QStringLiteral("PERSON")},   {QStringLiteral("org"), QStringLiteral("ORG")},
        {QStringLiteral("gpe"), QStringLiteral("GPE")},         {QStringLiteral("loc"), QStringLiteral("LOC")},
        {QStringLiteral("norp"), QStringLiteral("NORP")},       {QStringLiteral("product"), QStringLiteral("PRODUCT")},
        {QStringLiteral("event"), QStringLiteral("EVENT")},     {QStringLiteral("fac"), QStringLiteral("FAC")},
        {QStringLiteral("law"), QStringLiteral("LAW")},         {QStringLiteral("work"), QStringLiteral("WORK_OF_ART")},
        {QStringLiteral("language"), QStringLiteral("LANGUAGE")}, {QStringLiteral("entity"), QString()},
    };
    return fields;
}

struct Token
{
    QString field; // lower case; empty for a word
    QString value;
};

// Splits at spaces outside double quotes; "field:value" and field:"quoted value" become one
// token, a quoted phrase alone one word.
QList<Token> tokenize(const QString &text, QStringList &errors)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        QString raw;
        QString value;
        bool quoted = false;
        bool unterminated = false;
        qsizetype colon = -1;
        while (i < n && !text.at(i).isSpace()) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = true;
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0) {
                    unterminated = true;
                    value += text.mid(i + 1);
                    raw += text.mid(i);
                    i = n;
                    break;
                }
                value += text.mid(i + 1, close - i - 1);
                raw += text.mid(i, close - i + 1);
                i = close + 1;
                continue;
            }
            if (c == QLatin1Char(':') && colon < 0 && !quoted) {
                colon = raw.size();
                raw += c;
                value.clear();
                ++i;
                continue;
            }
            raw += c;
            value += c;
            ++i;
        }
        if (unterminated)
            errors.append(LibraryQuery::tr("A quote is not closed: %1").arg(raw));
        Token token;
        if (colon > 0) {
            token.field = raw.left(colon).toLower();
            token.value = value;
        } else {
            token.value = quoted ? value : raw;
        }
        tokens.append(token);
    }
    return tokens;
}

std::optional<QDate> parseDate(const QString &value)
{
    for (const char *format : {"yyyy-MM-dd", "yyyy-MM", "yyyy"}) {
        const QDate date = QDate::fromString(value, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

std::optional<ReviewStatus> parseStatus(const QString &value)
{
    const QString v = value.toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (v == QLatin1String("new"))
        return ReviewStatus::New;
    if (v == QLatin1String("review") || v == QLatin1String("inreview"))
        return ReviewStatus::InReview;
    if (v == QLatin1String("done"))
        return ReviewStatus::Done;
    return std::nullopt;
}

} // namespace

QStringList LibraryQuery::fieldNames()
{
    QStringList names = entityFields().keys();
    names += {QStringLiteral("label"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("status"), QStringLiteral("feed")};
    names.sort();
    return names;
}

bool LibraryQuery::hasFilters() const
{
    return !names.isEmpty() || !labels.isEmpty() || after || before || status || !feeds.isEmpty();
}

LibraryQuery LibraryQuery::parse(const QString &text)
{
    LibraryQuery query;
    for (const Token &token : tokenize(text, query.errors)) {
        const QString value = token.value.simplified();
        if (token.field.isEmpty()) {
            if (!value.isEmpty())
                query.words.append(value);
            continue;
        }
        const bool known = entityFields().contains(token.field) || fieldNames().contains(token.field);
        if (!known) {
            // Not a field: the whole token is a word ("10:30", "re:publica").
            query.words.append(token.field + QLatin1Char(':') + token.value);
            continue;
        }
        if (value.isEmpty()) {
            query.errors.append(tr("“%1:” needs a value.").arg(token.field));
            continue;
        }
        if (entityFields().contains(token.field)) {
            query.names.append({entityFields().value(token.field), value});
        } else if (token.field == QLatin1String("label")) {
            query.labels.append(value.toUpper());
        } else if (token.field == QLatin1String("after") || token.field == QLatin1String("before")) {
            const auto date = parseDate(value);
            if (!date)
                query.errors.append(tr("“%1” is no date: write it as 2025-01-31, 2025-01 or 2025.").arg(value));
            else if (token.field == QLatin1String("after"))
                query.after = date;
            else
                query.before = date;
        } else if (token.field == QLatin1String("status")) {
            const auto status = parseStatus(value);
            if (!status)
                query.errors.append(tr("“%1” is no review status: use new, review or done.").arg(value));
            else
                query.status = status;
        } else if (token.field == QLatin1String("feed")) {
            query.feeds.append(value);
        }
    }
    if (query.after && query.before && *query.after >= *query.before)
        query.errors.append(tr("No day is both after %1 and before %2.")
                                .arg(query.after->toString(Qt::ISODate), query.before->toString(Qt::ISODate)));
    return query;
}

} // namespace Gazette
