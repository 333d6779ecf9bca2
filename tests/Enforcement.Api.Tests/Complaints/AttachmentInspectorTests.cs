using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Complaints;

public sealed class AttachmentInspectorTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0 }, null)]             // Windows executable
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, null)]          // zip
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F }, null)]    // text
    public void Types_come_from_the_bytes(byte[] bytes, string? expected) =>
        Assert.Equal(expected, AttachmentInspector.DetectContentType(bytes));

    [Fact]
    public void A_real_png_is_a_png() => Assert.Equal("image/png", AttachmentInspector.DetectContentType(TestData.TinyPng()));
}
