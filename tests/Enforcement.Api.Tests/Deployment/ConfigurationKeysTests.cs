using System.Collections;
using System.Reflection;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Deployment;

public sealed class ConfigurationKeysTests
{
    private sealed class InspectedApp : SqliteApp
    {
        public List<ServiceDescriptor> Descriptors { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(Descriptors.AddRange);
        }
    }

    [Fact]
    public void Every_environment_variable_of_the_compose_app_is_a_key_the_app_reads()
    {
        var known = KnownKeys();
        var environment = ComposeFile.AppEnvironment();

        var unread = environment.Keys.Where(k => !IsRead(k, known)).ToList();
        Assert.True(unread.Count == 0, $"docker-compose.yml passes keys the app does not read: {string.Join(", ", unread)}");
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("false", environment["Seed__DemoData"]);
    }

    [Fact]
    public async Task The_list_of_configuration_sections_is_every_options_class_the_app_binds()
    {
        await using var app = new InspectedApp();
        _ = app.Services; // builds the app

        var bound = app.Descriptors
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ImplementationInstance?.GetType())
            .Where(t => t is { IsGenericType: true } && t.GetGenericTypeDefinition() == typeof(NamedConfigureFromConfigurationOptions<>))
            .Select(t => t!.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("Enforcement", StringComparison.Ordinal))
            .Select(t => t.FullName).Order().ToList();

        Assert.Equal(bound, ConfigurationSections.Bound.Select(b => b.Options.FullName).Order().ToList());
        foreach (var (section, type) in ConfigurationSections.Bound)
            Assert.Equal(section, type.GetField("Section")?.GetRawConstantValue());
    }

    /// <summary>Compose's A__B is the app's A:B; list items (A__B__0) are A:B:#; ASPNETCORE_X is the host key X.</summary>
    private static bool IsRead(string variable, HashSet<string> known)
    {
        if (variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal)) return HostKeys().Contains(variable["ASPNETCORE_".Length..]);
        var key = string.Join(':', variable.Split("__").Select(s => s.All(char.IsAsciiDigit) ? "#" : s));
        return known.Contains(key);
    }

    private static HashSet<string> KnownKeys()
    {
        var keys = new HashSet<string>(ConfigurationSections.DirectKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in ConfigurationSections.Bound) AddKeys(keys, section, type);
        return keys;
    }

    private static void AddKeys(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = $"{prefix}:{p.Name}";
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (IsLeaf(t)) keys.Add(key);
            else if (t.IsArray && IsLeaf(t.GetElementType()!)) keys.Add(key + ":#");
            else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) && IsLeaf(t.GetGenericArguments()[0])) keys.Add(key + ":#");
            else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>) && IsLeaf(t.GetGenericArguments()[1])) keys.Add(key + ":*");
            else if (typeof(IEnumerable).IsAssignableFrom(t)) throw new NotSupportedException($"{key}: teach this test about {t}.");
            else AddKeys(keys, key, t);
        }
    }

    private static bool IsLeaf(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan) || t == typeof(Uri);

    /// <summary>The host's own settings (environment, urls, http_ports, contentRoot, …), as ASP.NET names them.</summary>
    private static HashSet<string> HostKeys() =>
        typeof(WebHostDefaults).GetFields().Concat(typeof(HostDefaults).GetFields())
            .Where(f => f.IsStatic && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
