using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.Extensions.DependencyInjection;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Data;

public sealed class AutoMapperConfigurationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void Every_read_projection_maps_every_member()
    {
        var mapper = app.Services.GetRequiredService<IMapper>();
        mapper.ConfigurationProvider.AssertConfigurationIsValid();
        // Fails if a profile is not registered: the staff list projection must be known.
        var none = Array.Empty<Enforcement.Api.Complaints.Complaint>().AsQueryable();
        Assert.Contains("TrackingCode", none.ProjectTo<Enforcement.Api.Complaints.Staff.ComplaintListItem>(mapper.ConfigurationProvider).Expression.ToString(), StringComparison.Ordinal);
        Assert.Contains("ListingUrls", none.ProjectTo<Enforcement.Api.Complaints.Staff.ComplaintDetail>(mapper.ConfigurationProvider).Expression.ToString(), StringComparison.Ordinal);
    }
}
