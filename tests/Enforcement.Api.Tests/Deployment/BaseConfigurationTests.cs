using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Api.Tests.Deployment;

public sealed class BaseConfigurationTests
{
    [Fact]
    public void The_base_configuration_sets_no_address_and_no_demo_data_and_dotnet_run_sets_both()
    {
        var app = Path.Combine(Repository.Root, "src", "Enforcement.Api");
        var production = new ConfigurationBuilder().AddJsonFile(Path.Combine(app, "appsettings.json")).Build();
        var development = new ConfigurationBuilder().AddJsonFile(Path.Combine(app, "appsettings.json"))
            .AddJsonFile(Path.Combine(app, "appsettings.Development.json")).Build();

        // A urls key here would override ASPNETCORE_URLS (appsettings.json is read after the ASPNETCORE_ variables).
        Assert.Null(production[WebHostDefaults.ServerUrlsKey]);
        Assert.False(production.GetValue<bool>("Seed:DemoData"));
        Assert.True(development.GetValue<bool>("Seed:DemoData"));

        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "Properties", "launchSettings.json")));
        var profile = launch.RootElement.GetProperty("profiles").EnumerateObject().First().Value;
        Assert.Equal("http://localhost:5080", profile.GetProperty("applicationUrl").GetString());
        Assert.Equal("Development", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
    }
}
