namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>The one fake at the edge of the world: a clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Another server's clock: the same time shifted, as when one node's clock runs fast.</summary>
public sealed class OffsetClock(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
