// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the widget tests.
#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace Gazette::Testing {

// Call from a test's initMain(): its settings and library never touch the user's, nor another
// test's that runs at the same time.
inline void isolate(const QString &applicationName)
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GazetteTest"));
    QCoreApplication::setApplicationName(applicationName);
}

// The settings a window under test starts from: none of the last test's, extraction off (fast),
// and a library of its own in dir, named after the test function.
inline void freshWindowSettings(const QTemporaryDir &dir)
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("extract/onOpen"), false);
    QSettings().setValue(QStringLiteral("library/path"),
                         dir.filePath(QStringLiteral("%1.gazette").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

// Waits for the next modal dialog of type T and hands it to act(); seen() says whether it came.
template<typename T>
class ModalHandler
{
public:
    explicit ModalHandler(std::function<void(T *)> act)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this, act = std::move(act)] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                act(dialog);
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

} // namespace Gazette::Testing
