using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Infrastructure.Identity;

/// <summary>A portal user, bound to the agency they work for and the unit whose data they handle.</summary>
public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int? UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public bool IsDemo { get; set; }
}
