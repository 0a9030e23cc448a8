using LearningSociety.Domain.Agencies;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.IntegrationTests;

/// <summary>How agencies head their documents (Decree 30/2020/NĐ-CP): the managing body, the name, the symbol, the place.</summary>
public class OfficialIssuerTests
{
    [Fact]
    public void An_office_stands_under_its_committee_without_repeating_the_place()
    {
        var issuer = OfficialIssuer.For("Phòng Giáo dục và Đào tạo huyện Cần Đước", AgencyKind.Department, "Huyện Cần Đước");
        Assert.Equal(new OfficialIssuer("UBND HUYỆN CẦN ĐƯỚC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT", "Cần Đước"), issuer);
    }

    [Fact]
    public void A_peoples_committee_has_no_managing_body_and_its_name_breaks_after_the_title()
    {
        var issuer = OfficialIssuer.For("Ủy ban nhân dân xã Long Hựu Đông", AgencyKind.PeoplesCommittee, "Xã Long Hựu Đông");
        Assert.Equal(new OfficialIssuer(null, "ỦY BAN NHÂN DÂN\nXÃ LONG HỰU ĐÔNG", "UBND", "Long Hựu Đông"), issuer);
    }

    [Fact]
    public void A_steering_committee_signs_as_BCD_under_its_committee()
    {
        var issuer = OfficialIssuer.For("Ban Chỉ đạo xây dựng xã hội học tập huyện Cần Đước", AgencyKind.SteeringCommittee, "Huyện Cần Đước");
        Assert.Equal(("UBND HUYỆN CẦN ĐƯỚC", "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP", "BCĐ"), (issuer.Parent, issuer.Name, issuer.Symbol));
    }
}
