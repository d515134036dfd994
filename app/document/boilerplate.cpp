// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplate.h"

#include <QRegularExpression>

namespace Gazette::Boilerplate {

bool isLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(-\\s*)?(advertisement|advertising|sponsored|spot_img|share this( post| article)?|related posts?|"
                       "read more|read next|also read|subscribe( now)?|sign up.*newsletter.*|click here.*|follow us.*)(\\s*-)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line.trimmed()).hasMatch();
}

QString removeLines(const QString &text)
{
    QString result;
    result.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? text.size() : end + 1;
        const QString line = text.mid(start, end - start);
        if (!isLine(line))
            result += line;
        start = end;
    }
    return result;
}

} // namespace Gazette::Boilerplate
