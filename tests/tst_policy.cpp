// The policy: scope globs, scope rules, decide() and the tool classifier. Pure functions,
// so every case is a table row; expectations are written here, never computed by the code
// under test.

#include "policy/calljudge.h"
#include "policy/canonicaltarget.h"
#include "policy/policy.h"
#include "policy/scopematcher.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

// The scope rules of DESIGN.md's example, as "+pattern" (include) / "-pattern" (exclude).
const QStringList kDesignRules{u"+crm:accounts/segment=smb/**"_s, u"-crm:accounts/*/fields/ssn"_s};

QList<ScopeRule> scopeRules(const QStringList &rules)
{
    QList<ScopeRule> list;
    for (const QString &r : rules) {
        const auto effect =
            r.startsWith(u'+') ? ScopeRule::Effect::Include : ScopeRule::Effect::Exclude;
        list.append(ScopeRule{effect, r.mid(1)});
    }
    return list;
}

// "production_write=erp:ledger/**" → {production_write, "erp:ledger/**"}
QList<TriggerRule> triggerRules(const QStringList &rules)
{
    QList<TriggerRule> list;
    for (const QString &r : rules) {
        const qsizetype eq = r.indexOf(u'=');
        const auto trigger = parseWord<ApprovalTrigger>(QStringView(r).left(eq));
        if (!trigger)
            qFatal("bad trigger in test table: %s", qPrintable(r));
        list.append(TriggerRule{*trigger, r.mid(eq + 1)});
    }
    return list;
}

template<typename E> E word(const QString &w)
{
    const auto value = parseWord<E>(w);
    if (!value)
        qFatal("bad word in test table: %s", qPrintable(w));
    return *value;
}

// -1 = hint absent, 0 = false, 1 = true
std::optional<bool> hint(int v)
{
    return v < 0 ? std::nullopt : std::optional<bool>(v != 0);
}

Connector crmConnector(PermissionMode mode, const QString &powers, ConnectorStatus status)
{
    Connector c;
    c.name = u"crm"_s;
    c.mode = mode;
    c.status = status;
    c.powers = PowerSet::parse(powers).value();
    c.scope = scopeRules(
        {u"+crm:accounts/segment=smb/**"_s, u"-crm:accounts/segment=smb/*/fields/ssn"_s});
    return c;
}

Tool reviewedTool(const QString &name, Power derived)
{
    Tool t;
    t.connector = u"crm"_s;
    t.name = name;
    t.derivedPower = derived;
    t.definitionHash = u"h1"_s;
    t.reviewedHash = u"h1"_s;
    t.reviewState = ToolReviewState::Reviewed;
    return t;
}

const QString kInScope = u"crm:accounts/segment=smb/42"_s;
const QString kNotIncluded = u"crm:accounts/segment=enterprise/7"_s;
const QString kExcluded = u"crm:accounts/segment=smb/42/fields/ssn"_s;

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globMatchesWholePaths_data();
    void globMatchesWholePaths();
    void lastMatchingScopeRuleDecides_data();
    void lastMatchingScopeRuleDecides();
    void modeDecidesEveryPowerInScopeAndOutOfScopeIsDenied_data();
    void modeDecidesEveryPowerInScopeAndOutOfScopeIsDenied();
    void decideFailsClosed_data();
    void decideFailsClosed();
    void importantActionsAskOnlyWhenATriggerMatches_data();
    void importantActionsAskOnlyWhenATriggerMatches();
    void derivePowerReadsNameCuesAndHintsCautiously_data();
    void derivePowerReadsNameCuesAndHintsCautiously();
    // issue 11, point 4: targets escape scope
    void everyTargetHasOneCanonicalForm_data();
    void everyTargetHasOneCanonicalForm();
    void everySpellingOfDotDotIsJudgedWhereItLands_data();
    void everySpellingOfDotDotIsJudgedWhereItLands();
    void aGrantCannotAnswerATargetThatClimbsOutOfItsPattern();
    void anArrayWithOneBadTargetDeniesTheWholeCall_data();
    void anArrayWithOneBadTargetDeniesTheWholeCall();
    // issue 11, point 5: an asserted power may only raise a tool's power
    void anAssertedPowerOnlyRaisesTheReviewedPower_data();
    void anAssertedPowerOnlyRaisesTheReviewedPower();
};

void TestPolicy::globMatchesWholePaths_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    // Literals and anchoring
    QTest::newRow("literal equals itself") << u"crm:accounts"_s << u"crm:accounts"_s << true;
    QTest::newRow("pattern must reach the path's end")
        << u"crm:acc"_s << u"crm:accounts"_s << false;
    QTest::newRow("pattern must start at the path's start")
        << u"accounts"_s << u"crm:accounts"_s << false;
    QTest::newRow("pattern longer than path") << u"crm:accounts/x"_s << u"crm:accounts"_s << false;
    QTest::newRow("'=' is literal") << u"a/segment=smb"_s << u"a/segment=smb"_s << true;
    QTest::newRow("'=' must be present") << u"a/segment=smb"_s << u"a/segmentsmb"_s << false;
    QTest::newRow("'.' is not a wildcard")
        << u"files/report.pdf"_s << u"files/reportxpdf"_s << false;
    QTest::newRow("'.' matches a dot") << u"files/report.pdf"_s << u"files/report.pdf"_s << true;
    QTest::newRow("'?' is literal, not one-char wildcard") << u"a?c"_s << u"abc"_s << false;
    QTest::newRow("'[' is literal, not a class") << u"[ab]"_s << u"a"_s << false;
    QTest::newRow("case matters") << u"CRM:x"_s << u"crm:x"_s << false;

    // Empty pattern and path
    QTest::newRow("empty pattern matches empty path") << QString() << QString() << true;
    QTest::newRow("empty pattern does not match a path") << QString() << u"a"_s << false;
    QTest::newRow("literal does not match empty path") << u"a"_s << QString() << false;
    QTest::newRow("star matches empty path") << u"*"_s << QString() << true;
    QTest::newRow("double star matches empty path") << u"**"_s << QString() << true;

    // Single star
    QTest::newRow("star matches one segment") << u"a/*/c"_s << u"a/b/c"_s << true;
    QTest::newRow("star does not cross '/'") << u"a/*/c"_s << u"a/b/x/c"_s << false;
    QTest::newRow("star alone does not cross '/'") << u"*"_s << u"a/b"_s << false;
    QTest::newRow("star completes a segment prefix") << u"a/seg*"_s << u"a/segment=smb"_s << true;
    QTest::newRow("star after a prefix stops at '/'") << u"a/seg*"_s << u"a/segment/x"_s << false;
    QTest::newRow("star needs the literal after it") << u"a/*/c"_s << u"a/b/d"_s << false;

    // Double star
    QTest::newRow("double star crosses '/'") << u"a/**/c"_s << u"a/b/x/c"_s << true;
    QTest::newRow("double star as zero segments") << u"a/**/c"_s << u"a/c"_s << true;
    QTest::newRow("trailing double star: deep path") << u"a/**"_s << u"a/x/y"_s << true;
    QTest::newRow("trailing double star: empty rest") << u"a/**"_s << u"a/"_s << true;
    QTest::newRow("trailing double star: the folder itself") << u"a/**"_s << u"a"_s << true;
    QTest::newRow("trailing double star: not a sibling prefix") << u"a/**"_s << u"ab"_s << false;
    QTest::newRow("trailing double star: not elsewhere") << u"a/**"_s << u"b/a"_s << false;
    QTest::newRow("double star alone matches anything") << u"**"_s << u"x/y/z"_s << true;
    QTest::newRow("leading double star: top level") << u"**/x"_s << u"x"_s << true;
    QTest::newRow("leading double star: deep") << u"**/x"_s << u"a/b/x"_s << true;
    QTest::newRow("leading double star: whole segment only") << u"**/x"_s << u"a/bx"_s << false;
    QTest::newRow("stacked double stars as zero segments") << u"a/**/**/b"_s << u"a/b"_s << true;
    QTest::newRow("leading stacked double stars at top level") << u"**/**/x"_s << u"x"_s << true;
    QTest::newRow("zero segments still needs the next literal")
        << u"a/**/c"_s << u"a/bc"_s << false;
    QTest::newRow("inner double star inside a segment") << u"a**b"_s << u"a/x/b"_s << true;
    QTest::newRow("inner double star may be empty") << u"a**b"_s << u"ab"_s << true;
    QTest::newRow("design include, record")
        << u"crm:accounts/segment=smb/**"_s << u"crm:accounts/segment=smb/42"_s << true;
    QTest::newRow("design include, other segment value")
        << u"crm:accounts/segment=smb/**"_s << u"crm:accounts/segment=smbx/42"_s << false;

    // Patterns that explode a naive backtracking matcher; these rows finish only if the
    // matcher is linear-ish.
    QString longPath;
    for (int i = 0; i < 3000; ++i)
        longPath += u"seg/"_s;
    const QString manyStars = u"**/**/**/**/**/**/**/**/**/**/x"_s;
    QTest::newRow("many double stars, long path, no match")
        << manyStars << longPath + u"y"_s << false;
    QTest::newRow("many double stars, long path, match") << manyStars << longPath + u"x"_s << true;
    QTest::newRow("many stars over a run of one letter")
        << u"*a*a*a*a*a*a*a*a*b"_s << QString(200, u'a') << false;
}

void TestPolicy::globMatchesWholePaths()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(globMatch(pattern, path), matches);
}

void TestPolicy::lastMatchingScopeRuleDecides_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inScope");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<QString>("reason");

    const QString include1 = u"included by rule 1 (crm:accounts/segment=smb/**)"_s;
    QTest::newRow("record in the included segment")
        << kDesignRules << u"crm:accounts/segment=smb/42"_s << true << 0 << include1;
    QTest::newRow("the included folder itself")
        << kDesignRules << u"crm:accounts/segment=smb"_s << true << 0 << include1;
    QTest::newRow("another segment is out of scope")
        << kDesignRules << u"crm:accounts/segment=enterprise/7"_s << false << -1
        << u"no scope rule includes 'crm:accounts/segment=enterprise/7'"_s;
    QTest::newRow("later exclude carves a hole in the include")
        << kDesignRules << u"crm:accounts/segment=smb/fields/ssn"_s << false << 1
        << u"excluded by rule 2 (crm:accounts/*/fields/ssn)"_s;
    // DESIGN's exclude uses one '*', which names one segment: it does not reach a record's
    // field two segments below the account list.
    QTest::newRow("single-star exclude misses a deeper ssn")
        << kDesignRules << u"crm:accounts/segment=smb/42/fields/ssn"_s << true << 0 << include1;
    QTest::newRow("double-star exclude hides every ssn")
        << QStringList{u"+crm:accounts/segment=smb/**"_s, u"-crm:accounts/**/fields/ssn"_s}
        << u"crm:accounts/segment=smb/42/fields/ssn"_s << false << 1
        << u"excluded by rule 2 (crm:accounts/**/fields/ssn)"_s;
    QTest::newRow("exclude listed before the include carves nothing")
        << QStringList{kDesignRules.at(1), kDesignRules.at(0)}
        << u"crm:accounts/segment=smb/fields/ssn"_s << true << 1
        << u"included by rule 2 (crm:accounts/segment=smb/**)"_s;
    QTest::newRow("an exclude alone includes nothing it matches")
        << QStringList{kDesignRules.at(1)} << u"crm:accounts/segment=smb/fields/ssn"_s << false << 0
        << u"excluded by rule 1 (crm:accounts/*/fields/ssn)"_s;
    QTest::newRow("an exclude alone includes nothing else either")
        << QStringList{kDesignRules.at(1)} << u"crm:accounts/42"_s << false << -1
        << u"no scope rule includes 'crm:accounts/42'"_s;
    QTest::newRow("no rules, nothing in scope")
        << QStringList() << u"crm:accounts/42"_s << false << -1
        << u"no scope rule includes 'crm:accounts/42'"_s;
    const QStringList reopen{u"+docs/**"_s, u"-docs/hr/**"_s, u"+docs/hr/handbook.pdf"_s};
    QTest::newRow("a later include reopens a hole")
        << reopen << u"docs/hr/handbook.pdf"_s << true << 2
        << u"included by rule 3 (docs/hr/handbook.pdf)"_s;
    QTest::newRow("the rest of the hole stays closed")
        << reopen << u"docs/hr/salaries.xlsx"_s << false << 1
        << u"excluded by rule 2 (docs/hr/**)"_s;
    QTest::newRow("empty path matches no design rule")
        << kDesignRules << QString() << false << -1 << u"no scope rule includes ''"_s;
}

void TestPolicy::lastMatchingScopeRuleDecides()
{
    QFETCH(QStringList, rules);
    QFETCH(QString, path);
    QFETCH(bool, inScope);
    QFETCH(int, ruleIndex);
    QFETCH(QString, reason);

    const ScopeDecision d = evaluateScope(scopeRules(rules), path);
    QCOMPARE(d.inScope, inScope);
    QCOMPARE(d.ruleIndex, ruleIndex);
    QCOMPARE(d.reason, reason);
}

void TestPolicy::modeDecidesEveryPowerInScopeAndOutOfScopeIsDenied_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("power");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("rule");

    // What each mode does with each power for an in-scope call that names no tool (so it has
    // no annotations and counts as destructive). "ask" = needs approval.
    struct Expect
    {
        const char *verdict;
        const char *rule;
    };
    const char *const powers[] = {"read", "search", "draft", "write", "send", "trigger"};
    const Expect ask{"needs_approval", nullptr}; // rule: "mode <mode>"
    const Expect allow{"allow", nullptr};
    const Expect destructive{"needs_approval", "trigger destructive_change"};
    const Expect send{"needs_approval", "trigger external_send"};
    const struct
    {
        const char *mode;
        Expect byPower[6]; // read search draft write send trigger
    } table[] = {
        {"always_ask", {ask, ask, ask, ask, ask, ask}},
        {"any_changes", {allow, allow, ask, ask, ask, ask}},
        {"important_actions", {allow, allow, allow, destructive, send, destructive}},
        {"never_ask", {allow, allow, allow, allow, allow, allow}},
    };
    const struct
    {
        const char *label;
        QString target;
        const char *rule; // for the denial
    } scopes[] = {
        {"in scope", kInScope, nullptr},
        {"not included", kNotIncluded, "scope"},
        {"excluded", kExcluded, "scope rule 2"},
    };

    for (const auto &row : table) {
        for (int p = 0; p < 6; ++p) {
            for (const auto &scope : scopes) {
                const Expect e = scope.rule ? Expect{"deny", scope.rule} : row.byPower[p];
                const QString rule = e.rule ? QString::fromLatin1(e.rule)
                                            : u"mode "_s + QString::fromLatin1(row.mode);
                QTest::addRow("%s/%s/%s", row.mode, powers[p], scope.label)
                    << QString::fromLatin1(row.mode) << QString::fromLatin1(powers[p])
                    << scope.target << QString::fromLatin1(e.verdict) << rule;
            }
        }
    }
}

void TestPolicy::modeDecidesEveryPowerInScopeAndOutOfScopeIsDenied()
{
    QFETCH(QString, mode);
    QFETCH(QString, power);
    QFETCH(QString, target);
    QFETCH(QString, verdict);
    QFETCH(QString, rule);

    const Connector crm =
        crmConnector(word<PermissionMode>(mode), u"read,search,draft,write,send,trigger"_s,
                     ConnectorStatus::Active);
    PolicyRequest request;
    request.connector = &crm;
    request.power = word<Power>(power);
    request.target = target;

    const PolicyDecision d = decide(request);
    QCOMPARE(wordOf(d.verdict), verdict);
    QCOMPARE(d.rule, rule);
    QCOMPARE(wordOf(d.power), power);
    QCOMPARE(d.scope.inScope, target == kInScope);
    QVERIFY2(d.reason.contains(target), qPrintable(d.reason));
}

void TestPolicy::decideFailsClosed_data()
{
    QTest::addColumn<QString>("status");  // connector status; empty = unknown connector
    QTest::addColumn<QString>("granted"); // granted powers
    QTest::addColumn<QString>("mode");
    // none = no tool, not required; missing = required but unknown; otherwise the tool's
    // review state, or "foreign" for a reviewed tool of another connector
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("power");    // the tool's derived power, or the call's power
    QTest::addColumn<QString>("override"); // the tool's power override, or empty
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("judgedAs");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");

    const QString all = u"read,search,draft,write,send,trigger"_s;
    const QString never = u"never_ask"_s;
    const QString none = u"none"_s;
    const QString reviewed = u"reviewed"_s;
    const QString read = u"read"_s;
    const QString write = u"write"_s;

    QTest::newRow("unknown connector is denied")
        << QString() << all << never << none << read << QString() << kInScope << u"deny"_s << read
        << u"connector"_s << u"unknown connector"_s;
    QTest::newRow("paused connector is denied")
        << u"paused"_s << all << never << none << read << QString() << kInScope << u"deny"_s << read
        << u"status paused"_s << u"connector crm is paused"_s;
    QTest::newRow("disconnected connector is denied")
        << u"disconnected"_s << all << never << none << read << QString() << kInScope << u"deny"_s
        << read << u"status disconnected"_s << u"connector crm is disconnected"_s;
    QTest::newRow("retired connector is denied")
        << u"retired"_s << all << never << none << read << QString() << kInScope << u"deny"_s
        << read << u"status retired"_s << u"connector crm is retired"_s;
    QTest::newRow("active connector allows")
        << u"active"_s << all << never << none << read << QString() << kInScope << u"allow"_s
        << read << u"mode never_ask"_s << u"read on crm:accounts/segment=smb/42 allowed"_s;
    QTest::newRow("status is checked before scope")
        << u"paused"_s << all << never << none << read << QString() << kNotIncluded << u"deny"_s
        << read << u"status paused"_s << u"is paused"_s;
    QTest::newRow("power not granted is denied")
        << u"active"_s << u"read,search"_s << never << none << write << QString() << kInScope
        << u"deny"_s << write << u"powers"_s
        << u"power 'write' is not granted to crm (granted: read, search)"_s;
    QTest::newRow("no powers granted denies even a read")
        << u"active"_s << QString() << never << none << read << QString() << kInScope << u"deny"_s
        << read << u"powers"_s << u"(granted: none)"_s;
    QTest::newRow("unknown tool is denied when a tool is required")
        << u"active"_s << all << never << u"missing"_s << read << QString() << kInScope << u"deny"_s
        << read << u"tool"_s << u"unknown tool"_s;
    QTest::newRow("new tool is denied until reviewed")
        << u"active"_s << all << never << u"new"_s << read << QString() << kInScope << u"deny"_s
        << read << u"tool review"_s << u"tool 'crm_tool' is new and has not been reviewed"_s;
    QTest::newRow("changed tool is denied until reviewed again")
        << u"active"_s << all << never << u"changed"_s << read << QString() << kInScope << u"deny"_s
        << read << u"tool review"_s << u"tool 'crm_tool' changed since its last review"_s;
    QTest::newRow("drift is checked before powers")
        << u"active"_s << u"read"_s << never << u"changed"_s << write << QString() << kInScope
        << u"deny"_s << write << u"tool review"_s << u"changed since its last review"_s;
    QTest::newRow("tool of another connector is denied")
        << u"active"_s << all << never << u"foreign"_s << read << QString() << kInScope << u"deny"_s
        << read << u"tool"_s << u"belongs to erp, not crm"_s;
    QTest::newRow("reviewed tool is allowed")
        << u"active"_s << all << never << reviewed << read << QString() << kInScope << u"allow"_s
        << read << u"mode never_ask"_s << u"allowed"_s;
    // With a tool, the request's own power says "read": the tool's power must win.
    QTest::newRow("tool's power, not the caller's, is judged")
        << u"active"_s << all << u"any_changes"_s << reviewed << write << QString() << kInScope
        << u"needs_approval"_s << write << u"mode any_changes"_s
        << u"write on crm:accounts/segment=smb/42 needs approval: "
           "mode any_changes asks before every change"_s;
    QTest::newRow("override lowers the judged power")
        << u"active"_s << all << u"any_changes"_s << reviewed << write << read << kInScope
        << u"allow"_s << read << u"mode any_changes"_s << u"read on"_s;
    QTest::newRow("override raises the judged power beyond the grant")
        << u"active"_s << u"read"_s << never << reviewed << read << u"send"_s << kInScope
        << u"deny"_s << u"send"_s << u"powers"_s << u"power 'send' is not granted to crm"_s;
    QTest::newRow("empty target is out of scope")
        << u"active"_s << all << never << none << read << QString() << QString() << u"deny"_s
        << read << u"scope"_s << u"(no target) is out of scope for crm"_s;
    QTest::newRow("excluded target names the rule")
        << u"active"_s << all << never << none << read << QString() << kExcluded << u"deny"_s
        << read << u"scope rule 2"_s
        << u"out of scope for crm: excluded by rule 2 (crm:accounts/segment=smb/*/fields/ssn)"_s;
}

void TestPolicy::decideFailsClosed()
{
    QFETCH(QString, status);
    QFETCH(QString, granted);
    QFETCH(QString, mode);
    QFETCH(QString, tool);
    QFETCH(QString, power);
    QFETCH(QString, override);
    QFETCH(QString, target);
    QFETCH(QString, verdict);
    QFETCH(QString, judgedAs);
    QFETCH(QString, rule);
    QFETCH(QString, reason);

    const std::optional<Connector> crm =
        status.isEmpty() ? std::nullopt
                         : std::optional(crmConnector(word<PermissionMode>(mode), granted,
                                                      word<ConnectorStatus>(status)));
    PolicyRequest request;
    request.connector = crm ? &*crm : nullptr;
    request.target = target;
    request.toolRequired = tool != u"none";
    if (tool == u"none") {
        request.power = word<Power>(power);
    } else if (tool != u"missing") {
        request.power = Power::Read; // what the caller claims; the tool's power must win
        Tool t = reviewedTool(u"crm_tool"_s, word<Power>(power));
        if (tool == u"foreign")
            t.connector = u"erp"_s;
        else
            t.reviewState = word<ToolReviewState>(tool);
        if (!override.isEmpty())
            t.powerOverride = word<Power>(override);
        request.tool = t;
    }

    const PolicyDecision d = decide(request);
    QCOMPARE(wordOf(d.verdict), verdict);
    QCOMPARE(wordOf(d.power), judgedAs);
    QCOMPARE(d.rule, rule);
    QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
}

void TestPolicy::importantActionsAskOnlyWhenATriggerMatches_data()
{
    QTest::addColumn<QStringList>("triggers");
    QTest::addColumn<QString>("power");       // the tool's derived power
    QTest::addColumn<int>("destructiveHint"); // -1 absent, 0 false, 1 true
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("trigger"); // empty = none
    QTest::addColumn<QString>("reason");

    const QString ask = u"needs_approval"_s;
    const QString allow = u"allow"_s;
    const QString t = u"crm:accounts/segment=smb/42"_s;
    const QStringList noRules;
    const QStringList ledger{u"production_write=erp:ledger/**"_s};

    QTest::newRow("send asks as external_send") << noRules << u"send"_s << 0 << t << ask
                                                << u"external_send"_s << u"trigger external_send"_s;
    QTest::newRow("unannotated write asks as destructive_change")
        << noRules << u"write"_s << -1 << t << ask << u"destructive_change"_s
        << u"tool 'crm_tool' is not marked non-destructive"_s;
    QTest::newRow("write marked destructive asks as destructive_change")
        << noRules << u"write"_s << 1 << t << ask << u"destructive_change"_s
        << u"tool 'crm_tool' is marked destructive"_s;
    QTest::newRow("write marked non-destructive is allowed")
        << noRules << u"write"_s << 0 << t << allow << QString()
        << u"mode important_actions and no trigger matches"_s;
    QTest::newRow("unannotated trigger asks as destructive_change")
        << noRules << u"trigger"_s << -1 << t << ask << u"destructive_change"_s << u"crm_tool"_s;
    QTest::newRow("trigger marked non-destructive is allowed")
        << noRules << u"trigger"_s << 0 << t << allow << QString() << u"allowed"_s;
    QTest::newRow("unannotated draft is allowed")
        << noRules << u"draft"_s << -1 << t << allow << QString() << u"allowed"_s;
    QTest::newRow("read of a destructive-marked tool is allowed")
        << noRules << u"read"_s << 1 << t << allow << QString() << u"allowed"_s;
    QTest::newRow("trigger rule marks a non-destructive write")
        << ledger << u"write"_s << 0 << u"erp:ledger/2024/7"_s << ask << u"production_write"_s
        << u"trigger production_write; the target matches trigger rule 1 (erp:ledger/**)"_s;
    QTest::newRow("trigger rule that does not match leaves the write allowed")
        << ledger << u"write"_s << 0 << u"erp:invoices/7"_s << allow << QString() << u"allowed"_s;
    QTest::newRow("trigger rules do not apply to reads")
        << ledger << u"read"_s << 0 << u"erp:ledger/1"_s << allow << QString() << u"allowed"_s;
    QTest::newRow("beyond_normal_scope rule applies to reads too")
        << QStringList{u"beyond_normal_scope=hr:payroll/**"_s} << u"read"_s << 0
        << u"hr:payroll/2024"_s << ask << u"beyond_normal_scope"_s << u"rule 1 (hr:payroll/**)"_s;
    QTest::newRow("first matching trigger rule wins")
        << QStringList{u"customer_visible_edit=shop:**"_s, u"purchase=shop:orders/**"_s}
        << u"write"_s << 0 << u"shop:orders/9"_s << ask << u"customer_visible_edit"_s
        << u"trigger rule 1 (shop:**)"_s;
    QTest::newRow("a later trigger rule applies when the first does not match")
        << QStringList{u"customer_visible_edit=shop:pages/**"_s, u"purchase=shop:orders/**"_s}
        << u"write"_s << 0 << u"shop:orders/9"_s << ask << u"purchase"_s
        << u"trigger rule 2 (shop:orders/**)"_s;
    QTest::newRow("trigger rule comes before the built-in send trigger")
        << QStringList{u"customer_visible_edit=slack:#customers"_s} << u"send"_s << 0
        << u"slack:#customers"_s << ask << u"customer_visible_edit"_s << u"rule 1"_s;
}

void TestPolicy::importantActionsAskOnlyWhenATriggerMatches()
{
    QFETCH(QStringList, triggers);
    QFETCH(QString, power);
    QFETCH(int, destructiveHint);
    QFETCH(QString, target);
    QFETCH(QString, verdict);
    QFETCH(QString, trigger);
    QFETCH(QString, reason);

    Connector c = crmConnector(PermissionMode::ImportantActions,
                               u"read,search,draft,write,send,trigger"_s, ConnectorStatus::Active);
    c.scope = scopeRules({u"+**"_s});
    c.triggers = triggerRules(triggers);
    Tool tool = reviewedTool(u"crm_tool"_s, word<Power>(power));
    tool.annotations.destructive = hint(destructiveHint);

    PolicyRequest request;
    request.connector = &c;
    request.tool = tool;
    request.toolRequired = true;
    request.target = target;

    const PolicyDecision d = decide(request);
    QCOMPARE(wordOf(d.verdict), verdict);
    QCOMPARE(d.trigger ? wordOf(*d.trigger) : QString(), trigger);
    QCOMPARE(d.rule, trigger.isEmpty() ? u"mode important_actions"_s : u"trigger "_s + trigger);
    QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
}

void TestPolicy::derivePowerReadsNameCuesAndHintsCautiously_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("readOnly");    // -1 absent, 0 false, 1 true
    QTest::addColumn<int>("destructive"); // -1 absent, 0 false, 1 true
    QTest::addColumn<QString>("power");

    // Read-only hint
    QTest::newRow("read-only listing is read") << u"list_files"_s << 1 << -1 << u"read"_s;
    QTest::newRow("read-only search_files is search")
        << u"search_files"_s << 1 << -1 << u"search"_s;
    QTest::newRow("read-only camelCase findUser is search")
        << u"findUser"_s << 1 << -1 << u"search"_s;
    QTest::newRow("read-only kebab query-database is search")
        << u"query-database"_s << 1 << -1 << u"search"_s;
    QTest::newRow("read-only lookup is search") << u"lookup_customer"_s << 1 << -1 << u"search"_s;
    QTest::newRow("read-only grep is search") << u"GrepLogs"_s << 1 << -1 << u"search"_s;
    QTest::newRow("search cue needs a word boundary") << u"get_research"_s << 1 << -1 << u"read"_s;
    QTest::newRow("read-only hint outranks a send cue") << u"send_status"_s << 1 << -1 << u"read"_s;
    QTest::newRow("read-only empty name is read") << QString() << 1 << -1 << u"read"_s;

    // No read-only hint (or false): worst case
    QTest::newRow("unannotated getter is write") << u"get_file"_s << -1 << -1 << u"write"_s;
    QTest::newRow("search without read-only hint is write")
        << u"search_files"_s << 0 << 0 << u"write"_s;
    QTest::newRow("send_email is send") << u"send_email"_s << -1 << -1 << u"send"_s;
    QTest::newRow("camelCase sendMessage is send") << u"sendMessage"_s << -1 << -1 << u"send"_s;
    QTest::newRow("kebab post-to-channel is send") << u"post-to-channel"_s << 0 << 0 << u"send"_s;
    QTest::newRow("NotifyUser is send") << u"NotifyUser"_s << -1 << -1 << u"send"_s;
    QTest::newRow("publish_page is send") << u"publish_page"_s << -1 << -1 << u"send"_s;
    QTest::newRow("reply is send") << u"reply"_s << -1 << -1 << u"send"_s;
    QTest::newRow("acronym before cue: HTTPPost is send") << u"HTTPPost"_s << -1 << -1 << u"send"_s;
    QTest::newRow("digit boundary: send2slack is send") << u"send2slack"_s << -1 << -1 << u"send"_s;
    QTest::newRow("upper snake MAIL_INVOICE is send") << u"MAIL_INVOICE"_s << -1 << -1 << u"send"_s;
    QTest::newRow("message_user is send") << u"message_user"_s << -1 << -1 << u"send"_s;
    QTest::newRow("email_report is send") << u"email_report"_s << -1 << -1 << u"send"_s;
    QTest::newRow("start-workflow is trigger") << u"start-workflow"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("runJob is trigger") << u"runJob"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("execute_sql is trigger") << u"execute_sql"_s << 0 << 0 << u"trigger"_s;
    QTest::newRow("deployService is trigger") << u"deployService"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("launch is trigger") << u"launch_instance"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("invoke is trigger") << u"invoke_lambda"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("TRIGGER_BUILD is trigger") << u"TRIGGER_BUILD"_s << -1 << -1 << u"trigger"_s;
    QTest::newRow("draft with destructive false is draft")
        << u"draft_document"_s << -1 << 0 << u"draft"_s;
    QTest::newRow("prepareInvoice with destructive false is draft")
        << u"prepareInvoice"_s << 0 << 0 << u"draft"_s;
    QTest::newRow("suggest-edit with destructive false is draft")
        << u"suggest-edit"_s << -1 << 0 << u"draft"_s;
    QTest::newRow("propose_change with destructive false is draft")
        << u"propose_change"_s << -1 << 0 << u"draft"_s;
    QTest::newRow("draft without destructive hint is write")
        << u"draft_document"_s << -1 << -1 << u"write"_s;
    QTest::newRow("draft marked destructive is write")
        << u"draft_document"_s << -1 << 1 << u"write"_s;
    QTest::newRow("send cue outranks draft cue") << u"draft_email"_s << -1 << 0 << u"send"_s;
    QTest::newRow("trigger cue outranks draft cue")
        << u"prepare_and_deploy"_s << -1 << 0 << u"trigger"_s;
    QTest::newRow("send cue outranks trigger cue") << u"run_and_notify"_s << -1 << -1 << u"send"_s;
    QTest::newRow("cue inside a word is no cue: truncate")
        << u"truncate_table"_s << -1 << -1 << u"write"_s;
    QTest::newRow("cue inside a word is no cue: postgres")
        << u"postgresUpdate"_s << -1 << -1 << u"write"_s;
    QTest::newRow("cue inside a word is no cue: startup")
        << u"startup_config"_s << -1 << -1 << u"write"_s;
    QTest::newRow("unannotated empty name is write") << QString() << -1 << -1 << u"write"_s;
}

void TestPolicy::derivePowerReadsNameCuesAndHintsCautiously()
{
    QFETCH(QString, name);
    QFETCH(int, readOnly);
    QFETCH(int, destructive);
    QFETCH(QString, power);

    ToolAnnotations annotations;
    annotations.readOnly = hint(readOnly);
    annotations.destructive = hint(destructive);
    QCOMPARE(wordOf(derivePower(name, annotations)), power);
}

// ------------------------------------------------------------ issue 11: targets escape scope

namespace {

// "refused: why" for a target that cannot be made canonical.
QString canonicalOrRefusal(const QString &target)
{
    auto canonical = canonicalTarget(target);
    return canonical ? *canonical : u"refused: "_s + canonical.message();
}

// A connector whose scope includes only the public part of an intranet, a folder and a CRM.
Connector publicOnly(PermissionMode mode = PermissionMode::NeverAsk)
{
    Connector c;
    c.name = u"intranet"_s;
    c.mode = mode;
    c.status = ConnectorStatus::Active;
    c.powers = PowerSet{Power::Read, Power::Write};
    c.scope = scopeRules({u"+http://host/public/**"_s, u"+file:///srv/public/**"_s,
                          u"+/srv/public/**"_s, u"+crm:**"_s, u"-crm:private/**"_s,
                          u"-crm:public/private/**"_s});
    return c;
}

Tool intranetTool(const QString &name, Power power, const QStringList &targetArguments = {})
{
    Tool t = reviewedTool(name, power);
    t.connector = u"intranet"_s;
    t.targetArguments = targetArguments;
    return t;
}

CallDecision judgeTarget(const Connector &c, const Tool &tool, const QString &target)
{
    CallToJudge call;
    call.connector = &c;
    call.tool = tool;
    call.toolName = tool.name;
    call.arguments = {{u"url"_s, target}};
    call.actor = u"agent"_s;
    return judgeCall(call);
}

} // namespace

void TestPolicy::everyTargetHasOneCanonicalForm_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("canonical"); // or "refused: …" with a fragment of the reason
    const auto row = [](const char *name, const QString &target, const QString &canonical) {
        QTest::newRow(name) << target << canonical;
    };
    // file paths
    row("dot-dot", u"/srv/public/a/../b"_s, u"/srv/public/b"_s);
    row("dot and double slash", u"/srv//public/./a/"_s, u"/srv/public/a"_s);
    row("dot-dot above root", u"/srv/../../etc/passwd"_s, u"refused: '..' climbs above the root"_s);
    row("literal %2e in a file path", u"/srv/public/%2e%2e/x"_s, u"/srv/public/%2e%2e/x"_s);
    // URLs
    row("scheme, host, default port", u"HTTP://Host:80/a"_s, u"http://host/a"_s);
    row("https default port", u"https://Host:443/a?b=1"_s, u"https://host/a?b=1"_s);
    row("other port kept", u"http://host:8080/a"_s, u"http://host:8080/a"_s);
    row("empty path", u"http://host"_s, u"http://host/"_s);
    row("dot-dot in a URL", u"http://host/public/../admin/users"_s, u"http://host/admin/users"_s);
    row("%2e%2e in a URL", u"http://host/public/%2e%2e/admin/users"_s, u"http://host/admin/users"_s);
    row(".%2E in a URL", u"http://host/public/.%2E/admin"_s, u"http://host/admin"_s);
    row("unreserved decoded", u"http://host/%7Euser/%41b"_s, u"http://host/~user/Ab"_s);
    row("reserved kept, hex upper", u"http://host/a%3fb"_s, u"http://host/a%3Fb"_s);
    row("space encoded", u"http://host/a b"_s, u"http://host/a%20b"_s);
    row("fragment dropped, query kept", u"http://host/a/./b?q=%7e#top"_s, u"http://host/a/b?q=~"_s);
    row("trailing slash kept", u"http://host/public/"_s, u"http://host/public/"_s);
    row("double slash merged", u"http://host//admin/x"_s, u"http://host/admin/x"_s);
    row("%2F refused", u"http://host/public/..%2Fadmin"_s, u"refused: an encoded '/' (%2F)"_s);
    row("%2f refused", u"http://host/public%2f..%2fadmin"_s, u"refused: an encoded '/' (%2F)"_s);
    row("%5C refused", u"http://host/public/..%5Cadmin"_s, u"refused: an encoded backslash"_s);
    row("backslash refused", u"http://host/public\\..\\admin"_s, u"refused: a backslash"_s);
    row("dot-dot above a URL's root", u"http://host/../x"_s, u"refused: '..' climbs above"_s);
    row("userinfo refused", u"http://public@admin/x"_s, u"refused: a URL with a user name"_s);
    row("no host", u"http:///x"_s, u"refused: an http URL without a host"_s);
    row("no slashes", u"http:host/x"_s, u"refused: an http URL needs '//'"_s);
    row("bad port", u"http://host:8o/x"_s, u"refused: the port '8o'"_s);
    row("odd IPv4", u"http://0x7f.1/x"_s, u"refused: the IPv4 address '0x7f.1'"_s);
    row("IPv4", u"http://127.0.0.1/x"_s, u"http://127.0.0.1/x"_s);
    row("stray percent", u"http://host/100%"_s, u"refused: a '%' at position"_s);
    row("encoded control", u"http://host/a%0d%0aSet-Cookie"_s, u"refused: once decoded, it holds a control character (U+000D)"_s);
    row("encoded C1", u"http://host/a%C2%85b"_s, u"refused: once decoded, it holds a control character (U+0085)"_s);
    row("file URL", u"file:///srv/public/%2E%2E/private/secret.txt"_s, u"file:///srv/private/secret.txt"_s);
    row("file URL localhost", u"FILE://localhost/srv/x"_s, u"file:///srv/x"_s);
    row("file URL one slash", u"file:/srv/x"_s, u"file:///srv/x"_s);
    row("file URL other host", u"file://server/share/x"_s, u"refused: a file: URL on another host"_s);
    // resource paths
    row("resource dot-dot", u"crm:public/x/../private/y"_s, u"crm:public/private/y"_s);
    row("resource dot-dot to its root", u"crm:public/../private/y"_s, u"crm:private/y"_s);
    row("resource scheme case", u"CRM:accounts/./4711"_s, u"crm:accounts/4711"_s);
    row("resource %2e%2e", u"crm:public/%2e%2e/private/y"_s, u"crm:private/y"_s);
    row("resource above its root", u"crm:public/../../x"_s, u"refused: '..' climbs above the resource root 'crm:'"_s);
    row("resource %2F", u"crm:public%2F..%2Fprivate"_s, u"refused: an encoded '/' (%2F)"_s);
    row("resource percent literal", u"erp:discounts/10%"_s, u"erp:discounts/10%"_s);
    row("resource trailing slash", u"sharepoint:sites/policies/approved/"_s, u"sharepoint:sites/policies/approved/"_s);
    row("other scheme with authority", u"S3://bucket/a/../b"_s, u"s3://bucket/b"_s);
    row("relative path", u"docs/./a/../b"_s, u"docs/b"_s);
    row("relative above its start", u"docs/../../b"_s, u"refused: '..' climbs above where the path starts"_s);
    // opaque identifiers stay as written
    row("id", u"42"_s, u"42"_s);
    row("e-mail", u"Alice@Example.com"_s, u"Alice@Example.com"_s);
    row("scheme and id", u"tickets:42"_s, u"tickets:42"_s);
    row("bare dot-dot", u".."_s, u"refused: a bare '..'"_s);
    row("encoded bare dot-dot", u"crm:%2E."_s, u"refused: a bare '..'"_s);
    row("id with an encoded slash", u"42%2f..%2fadmin"_s, u"refused: an encoded '/' (%2F)"_s);
    row("empty", QString(), QString());
    // characters that may not stand in any target
    row("NUL", u"/srv/public/a\u0000b"_s, u"refused: it holds a control character (U+0000)"_s);
    row("escape", u"/srv/public/\u001b[2Ja"_s, u"refused: it holds a control character (U+001B)"_s);
    row("DEL", u"crm:a/\u007f"_s, u"refused: it holds a control character (U+007F)"_s);
    row("C1", u"crm:a/\u009bb"_s, u"refused: it holds a control character (U+009B)"_s);
    row("bidi override", u"crm:a/\u202egnp.exe"_s, u"refused: it holds a bidirectional formatting character (U+202E)"_s);
    row("leading space", u" http://host/admin"_s, u"refused: it begins or ends with white space"_s);
}

void TestPolicy::everyTargetHasOneCanonicalForm()
{
    QFETCH(QString, target);
    QFETCH(QString, canonical);
    const QString got = canonicalOrRefusal(target);
    if (canonical.startsWith(u"refused: "_s)) {
        QVERIFY2(got.startsWith(u"refused: "_s), qPrintable(got));
        QVERIFY2(got.contains(canonical.mid(9)), qPrintable(got));
    } else {
        QCOMPARE(got, canonical);
        QCOMPARE(canonicalOrRefusal(got), got); // canonical forms are fixed points
    }
}

void TestPolicy::everySpellingOfDotDotIsJudgedWhereItLands_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("judged"); // the target the verdict is about
    QTest::addColumn<QString>("reason"); // a fragment of the reason
    const auto row = [](const char *name, const QString &target, const char *verdict,
                        const QString &judged, const QString &reason) {
        QTest::newRow(name) << target << QString::fromLatin1(verdict) << judged << reason;
    };
    row("public page", u"http://host/public/index"_s, "allow", u"http://host/public/index"_s,
        u"allowed"_s);
    row("dot-dot", u"http://host/public/../admin/users"_s, "deny", u"http://host/admin/users"_s,
        u"http://host/admin/users is out of scope"_s);
    row("%2e%2e", u"http://host/public/%2e%2e/admin/users"_s, "deny",
        u"http://host/admin/users"_s, u"out of scope"_s);
    row("file URL %2E%2E", u"file:///srv/public/%2E%2E/private/secret.txt"_s, "deny",
        u"file:///srv/private/secret.txt"_s, u"out of scope"_s);
    row("path dot-dot", u"/srv/public/../private/secret.txt"_s, "deny",
        u"/srv/private/secret.txt"_s, u"out of scope"_s);
    row("resource past an exclude", u"crm:public/x/../private/y"_s, "deny",
        u"crm:public/private/y"_s, u"excluded by rule 6 (crm:public/private/**)"_s);
    row("resource climbing into an exclude", u"crm:public/../private/y"_s, "deny",
        u"crm:private/y"_s, u"excluded by rule 5 (crm:private/**)"_s);
    row("%2F", u"http://host/public/..%2Fadmin/users"_s, "deny",
        u"http://host/public/..%2Fadmin/users"_s, u"an encoded '/' (%2F)"_s);
    row("case and default port", u"HTTP://Host:80/public/index"_s, "allow",
        u"http://host/public/index"_s, u"allowed"_s);
    row("control character", u"http://host/public/a\u001b[2J"_s, "deny",
        u"http://host/public/a\u001b[2J"_s, u"control character (U+001B)"_s);
}

void TestPolicy::everySpellingOfDotDotIsJudgedWhereItLands()
{
    QFETCH(QString, target);
    QFETCH(QString, verdict);
    QFETCH(QString, judged);
    QFETCH(QString, reason);
    const Connector c = publicOnly();
    const CallDecision d = judgeTarget(c, intranetTool(u"fetch"_s, Power::Read), target);
    QCOMPARE(wordOf(d.decision.verdict), verdict);
    QCOMPARE(d.target, judged);
    QVERIFY2(d.decision.reason.contains(reason), qPrintable(d.decision.reason));
    // The reason is evidence: it quotes the target exactly as written (every rendering escapes
    // it: displayText, tst_cli::agentTextCannotClearTheScreenOrForgeALine).
    if (d.decision.reason.contains(u"cannot be made canonical"_s))
        QVERIFY2(d.decision.reason.contains(u'\'' + target + u'\''), qPrintable(d.decision.reason));
    if (verdict == u"allow"_s)
        QCOMPARE(d.targets, QStringList{judged});
}

void TestPolicy::aGrantCannotAnswerATargetThatClimbsOutOfItsPattern()
{
    const Connector c = publicOnly(PermissionMode::AnyChanges);
    const Tool update = intranetTool(u"update_record"_s, Power::Write);
    ApprovalGrant grant;
    grant.id = u"g1"_s;
    grant.connector = c.name;
    grant.tool = update.name;
    grant.targetPattern = u"crm:public/**"_s;
    grant.grantedBy = u"reviewer"_s;
    grant.grantedAt = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
    grant.expiresAt = grant.grantedAt.addSecs(3600);

    CallToJudge call;
    call.connector = &c;
    call.tool = update;
    call.toolName = update.name;
    call.actor = u"agent"_s;
    call.grants = {grant};
    call.at = grant.grantedAt.addSecs(60);

    call.target = u"crm:public/notes/7"_s; // the control: the grant answers it
    CallDecision d = judgeCall(call);
    QCOMPARE(d.decision.verdict, Verdict::NeedsApproval);
    QVERIFY(d.grant);
    QCOMPARE(d.grant->id, u"g1"_s);

    call.target = u"crm:public/../secret/payroll"_s;
    d = judgeCall(call);
    QCOMPARE(d.decision.verdict, Verdict::NeedsApproval);
    QCOMPARE(d.target, u"crm:secret/payroll"_s);
    QVERIFY2(!d.grant, "a grant on crm:public/** answered crm:public/../secret/payroll");

    call.target = u"crm:public/%2e%2e/secret/payroll"_s;
    QVERIFY(!judgeCall(call).grant);

    // Expired, another tool's, or the actor's own grant answers nothing.
    call.target = u"crm:public/notes/7"_s;
    call.at = grant.expiresAt;
    QVERIFY(!judgeCall(call).grant);
    call.at = grant.grantedAt.addSecs(60);
    call.actor = u"reviewer"_s;
    QVERIFY(!judgeCall(call).grant);
}

void TestPolicy::anArrayWithOneBadTargetDeniesTheWholeCall_data()
{
    QTest::addColumn<QJsonValue>("paths");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("all public") << QJsonValue(QJsonArray{u"/srv/public/a"_s, u"http://host/public/b"_s})
                                << u"allow"_s << u"allowed"_s;
    QTest::newRow("one climbs out")
        << QJsonValue(QJsonArray{u"/srv/public/a"_s, u"http://host/public/%2e%2e/admin"_s})
        << u"deny"_s << u"http://host/admin is out of scope"_s;
    QTest::newRow("one cannot be made canonical")
        << QJsonValue(QJsonArray{u"/srv/public/a"_s, u"/srv/public/a%2Fb"_s, u"/../x"_s})
        << u"deny"_s << u"climbs above the root"_s;
    QTest::newRow("one is an object")
        << QJsonValue(QJsonArray{u"/srv/public/a"_s, QJsonObject{{u"path"_s, u"/etc/passwd"_s}}})
        << u"deny"_s << u"item 2 of the target argument 'paths' is an object"_s;
    QTest::newRow("a nested array")
        << QJsonValue(QJsonArray{u"/srv/public/a"_s, QJsonArray{u"/etc/passwd"_s}}) << u"deny"_s
        << u"item 2 of the target argument 'paths' is an array"_s;
    QTest::newRow("the argument is an object")
        << QJsonValue(QJsonObject{{u"path"_s, u"/etc/passwd"_s}}) << u"deny"_s
        << u"the target argument 'paths' is an object"_s;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << u"deny"_s
                            << u"(no target) is out of scope"_s;
}

void TestPolicy::anArrayWithOneBadTargetDeniesTheWholeCall()
{
    QFETCH(QJsonValue, paths);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    const Connector c = publicOnly();
    CallToJudge call;
    call.connector = &c;
    call.tool = intranetTool(u"read_many"_s, Power::Read, {u"paths"_s});
    call.toolName = call.tool->name;
    if (!paths.isUndefined())
        call.arguments = {{u"paths"_s, paths}};
    const CallDecision d = judgeCall(call);
    QCOMPARE(wordOf(d.decision.verdict), verdict);
    QVERIFY2(d.decision.reason.contains(reason), qPrintable(d.decision.reason));
}

void TestPolicy::anAssertedPowerOnlyRaisesTheReviewedPower_data()
{
    QTest::addColumn<QString>("reviewed"); // "" for a call without a tool
    QTest::addColumn<QString>("asserted"); // "" for none
    QTest::addColumn<QString>("judged");
    QTest::newRow("read asserted on a write tool") << u"write"_s << u"read"_s << u"write"_s;
    QTest::newRow("search asserted on a send tool") << u"send"_s << u"search"_s << u"send"_s;
    QTest::newRow("write asserted on a read tool") << u"read"_s << u"write"_s << u"write"_s;
    QTest::newRow("nothing asserted") << u"draft"_s << QString() << u"draft"_s;
    QTest::newRow("no tool, read asserted") << QString() << u"read"_s << u"read"_s;
    QTest::newRow("no tool, nothing asserted") << QString() << QString() << u"write"_s;
}

void TestPolicy::anAssertedPowerOnlyRaisesTheReviewedPower()
{
    QFETCH(QString, reviewed);
    QFETCH(QString, asserted);
    QFETCH(QString, judged);
    Connector c = crmConnector(PermissionMode::AnyChanges, u"read"_s, ConnectorStatus::Active);
    CallToJudge call;
    call.connector = &c;
    if (!reviewed.isEmpty()) {
        call.tool = reviewedTool(u"put"_s, word<Power>(reviewed));
        call.toolName = u"put"_s;
    } else {
        call.toolRequired = false;
    }
    if (!asserted.isEmpty())
        call.assertedPower = word<Power>(asserted);
    call.target = kInScope;
    const CallDecision d = judgeCall(call);
    QCOMPARE(wordOf(d.decision.power), judged);
    // A read-only connector refuses whatever is judged more than a read.
    QCOMPARE(d.decision.verdict, judged == u"read"_s ? Verdict::Allow : Verdict::Deny);
    if (judged != u"read"_s)
        QVERIFY2(d.decision.reason.contains(u"power '%1' is not granted"_s.arg(judged)),
                 qPrintable(d.decision.reason));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
