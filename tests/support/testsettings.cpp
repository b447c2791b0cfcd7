#include "testsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace airlock::test {

void useThrowawaySettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        QStringLiteral("airlock-test-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

void removeThrowawaySettings()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
    QDir().rmdir(QFileInfo(file).absolutePath());
}

} // namespace airlock::test
