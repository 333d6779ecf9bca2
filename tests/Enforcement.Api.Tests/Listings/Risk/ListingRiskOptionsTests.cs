using System.Text.Json;
using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Tests.Deployment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class ListingRiskOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddListingRisk(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Weights_bound_from_configuration_change_the_score()
    {
        var input = Listing("Túi xách LV Neverfull", 45_000_000, seller: "shopee:shop-123");
        using var defaults = Services([]);
        using var heavier = Services(new() { ["ListingRisk:UnauthorizedSellerPoints"] = "70" });
        Assert.Equal(25, defaults.GetRequiredService<RiskScorer>().Assess(input, GenuineData).Score);
        Assert.Equal(70, heavier.GetRequiredService<RiskScorer>().Assess(input, GenuineData).Score);
    }

    [Theory]
    [InlineData("UnauthorizedSellerPoints", "-1")]
    [InlineData("LexiconMaxPoints", "-10")]
    [InlineData("DuplicateImagePoints", "101")]
    [InlineData("PriceBelowRatio", "0")]
    [InlineData("PriceMinPoints", "50")]            // above PriceMaxPoints
    [InlineData("PriceFullDiscountPercent", "40")]  // before the rule even starts (50% below)
    public void Validation_at_start_refuses_bad_weights(string key, string value)
    {
        using var services = Services(new() { ["ListingRisk:" + key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void The_defaults_validate_and_appsettings_json_states_the_same_values_as_the_code()
    {
        using var services = Services([]);
        services.GetRequiredService<IStartupValidator>().Validate();
        var file = new ConfigurationBuilder().AddJsonFile(Path.Combine(Repository.Root, "src", "Enforcement.Api", "appsettings.json")).Build();
        var section = file.GetSection(ListingRiskOptions.Section);
        Assert.True(section.Exists());
        Assert.Equal(typeof(ListingRiskOptions).GetProperties().Length, section.GetChildren().Count());
        Assert.Equal(JsonSerializer.Serialize(new ListingRiskOptions()), JsonSerializer.Serialize(section.Get<ListingRiskOptions>()));
    }
}
