using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Listings.Risk.Rules;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

/// <summary>Newly seen and near-duplicate listings.</summary>
public sealed class ListingSignalsTests
{
    private static readonly ListingRiskOptions Defaults = new();

    [Theory]
    [InlineData(0, "Tin đăng mới xuất hiện hôm nay")]
    [InlineData(2, "Tin đăng mới xuất hiện 2 ngày trước")]
    [InlineData(6, "Tin đăng mới xuất hiện 6 ngày trước")]
    public void A_listing_first_seen_within_the_window_fires(int ageDays, string detail)
    {
        var factor = new NewlySeenRule(Defaults).Evaluate(Context(Listing("Túi da", ageDays: ageDays)));
        Assert.Equal(("newly-seen", 5, detail), (factor?.Code, factor?.Points, factor?.Detail));
    }

    [Fact]
    public void An_older_listing_does_not_fire_and_one_seen_ahead_of_the_clock_counts_as_today()
    {
        Assert.Null(new NewlySeenRule(Defaults).Evaluate(Context(Listing("Túi da", ageDays: 7))));
        Assert.Equal("Tin đăng mới xuất hiện hôm nay", new NewlySeenRule(Defaults).Evaluate(Context(Listing("Túi da", ageDays: -1)))?.Detail);
        Assert.Null(new NewlySeenRule(new ListingRiskOptions { NewlySeenDays = 1 }).Evaluate(Context(Listing("Túi da", ageDays: 2))));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, 10)]
    [InlineData(2, 15)]
    [InlineData(3, 20)]
    [InlineData(50, 20)]
    public void The_same_title_by_other_sellers_earns_more_for_more_sellers_up_to_a_cap(int others, int? points)
    {
        var factor = new DuplicateTitleRule(Defaults).Evaluate(Context(Listing("Túi da") with { OtherSellersWithSameTitle = others }));
        Assert.Equal(points, factor?.Points);
        if (factor is not null) Assert.Equal($"Cùng tiêu đề được {others} người bán khác đăng", factor.Detail);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, 15)]
    [InlineData(3, 25)]
    [InlineData(int.MaxValue, 25)]
    public void A_shared_image_earns_more_for_more_sellers_up_to_a_cap(int others, int? points) =>
        Assert.Equal(points, new DuplicateImageRule(Defaults).Evaluate(Context(Listing("Túi da") with { OtherSellersWithSameImage = others }))?.Points);
}
