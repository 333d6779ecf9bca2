using AutoMapper;
using Enforcement.Api.Reference;

namespace Enforcement.Api.Complaints.Staff;

/// <summary>Entity → read DTO projections only (used through ProjectTo). Requests are never mapped onto entities.</summary>
internal sealed class ComplaintReadProfile : Profile
{
    public ComplaintReadProfile()
    {
        CreateProjection<Complaint, ComplaintListItem>()
            .ForMember(d => d.BusinessName, o => o.MapFrom(s => s.Business.Name))
            .ForMember(d => d.ProductName, o => o.MapFrom(s => s.Product.Name))
            .ForMember(d => d.AttachmentCount, o => o.MapFrom(s => s.Attachments.Count))
            .ForMember(d => d.WardName, o => o.Ignore())
            .ForMember(d => d.NextDueAt, o => o.Ignore());
        CreateProjection<Complaint, ComplaintDetail>()
            .ForMember(d => d.ListingUrls, o => o.MapFrom(s => s.ListingUrls.OrderBy(u => u.Position).Select(u => u.Url)))
            .ForMember(d => d.History, o => o.MapFrom(s => s.History.OrderBy(h => h.At)))
            .ForMember(d => d.RelatedComplaints, o => o.Ignore())
            .ForMember(d => d.ContactWithheld, o => o.Ignore());
        CreateProjection<ComplaintAttachment, AttachmentInfo>();
        CreateProjection<ComplaintStatusChange, StatusChangeInfo>();
    }
}
