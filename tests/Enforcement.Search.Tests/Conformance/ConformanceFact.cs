using Xunit.Abstractions;
using Xunit.Sdk;

namespace Enforcement.Search.Tests.Conformance;

/// <summary>A backend that needs a server this machine may not have: its tests are skipped, saying so, when the variable is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;
    public string Reason { get; } = reason;
}

/// <summary>A conformance test: runs for every backend class that inherits it.</summary>
[XunitTestCaseDiscoverer("Enforcement.Search.Tests.Conformance.ConformanceFactDiscoverer", "Enforcement.Search.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute;

public sealed class ConformanceFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requires = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        var variable = requires?.GetConstructorArguments().First() as string;
        var skip = variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? requires!.GetConstructorArguments().Skip(1).First() as string
            : null;
        yield return new ConformanceTestCase(sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

public sealed class ConformanceTestCase : XunitTestCase
{
    private string? _skip;

    [Obsolete("For deserialization only.")]
    public ConformanceTestCase() { }

    public ConformanceTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skip)
        : base(sink, display, options, method) => _skip = skip;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Skip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skip = data.GetValue<string>("Skip");
        base.Deserialize(data);
    }
}
