using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Archive.Testing.Databases;

/// <summary>
/// Marks a test class whose tests run against PostgreSQL: its <see cref="StorageFactAttribute"/> tests are skipped,
/// with the reason, where PostgreSQL is not installed and CI is not set (<see cref="PostgresCluster.SkipReason"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PostgreSqlTestsAttribute : Attribute;

/// <summary>
/// A fact that runs on every provider its class is made for: a base class holds the tests (SQLite) and a class
/// marked <see cref="PostgreSqlTestsAttribute"/> derived from it runs the same tests on PostgreSQL.
/// </summary>
[XunitTestCaseDiscoverer("Archive.Testing.Databases.StorageFactDiscoverer", "Archive.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

/// <summary>A theory with the same skip rule as <see cref="StorageFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Archive.Testing.Databases.StorageTheoryDiscoverer", "Archive.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageTheoryAttribute : TheoryAttribute;

public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StorageSkip.Reason(testMethod) is { } reason
            ? new SkippedStorageTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
}

public sealed class StorageTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StorageSkip.Reason(testMethod) is { } reason
            ? [new SkippedStorageTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class StorageSkip
{
    public static string? Reason(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgreSqlTestsAttribute)).Any() ? PostgresCluster.SkipReason : null;
}

/// <summary>A test case skipped with a reason decided at discovery (xunit 2 has no skip from inside a test).</summary>
public sealed class SkippedStorageTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedStorageTestCase()
    {
    }

    public SkippedStorageTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod)
    {
        _reason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}
