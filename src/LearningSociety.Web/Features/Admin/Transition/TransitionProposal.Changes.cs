using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;
using I = LearningSociety.Web.Features.Admin.Transition.TransitionItems;
using K = LearningSociety.Web.Features.Admin.Transition.TransitionChangeKind;

namespace LearningSociety.Web.Features.Admin.Transition;

public sealed partial class TransitionProposal
{
    /// <summary>
    /// The exact field changes the choices make (a missing choice takes the proposal), or the rows whose choice
    /// is not one of its options. Rows that already point to what was chosen change nothing, so applying the
    /// same transition twice finds nothing to do.
    /// </summary>
    public (IReadOnlyList<TransitionChange> Changes, IReadOnlyList<string> Problems) Changes(IReadOnlyDictionary<string, string> choices, string actorId)
    {
        var changes = new List<TransitionChange>();
        var problems = new List<string>();
        string? Pick(I.Choice? choice, string row)
        {
            if (choice is null)
            {
                return null;
            }

            var value = choices.TryGetValue(choice.Key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : choice.Proposed;
            if (choice.Options.Any(o => o.Value == value))
            {
                return value;
            }

            problems.Add($"{row}: lựa chọn “{choice.Label}” không hợp lệ; hãy chọn lại trong danh sách.");
            return null;
        }

        foreach (var plan in Plans)
        {
            var facts = _facts.Plans.Single(p => p.Id == plan.Id);
            var row = "Kế hoạch " + plan.Document;
            switch (Pick(plan.Decision, row))
            {
                case Carry:
                {
                    var province = ProvinceToday(facts.UnitId)!;
                    if (province.Id != facts.UnitId)
                    {
                        changes.Add(new(K.PlanUnit, Key(plan.Id), Key(facts.UnitId), Key(province.Id),
                            $"{row}: địa bàn {_facts.Units[facts.UnitId].Name} → {province.Name}"));
                    }

                    if (Pick(plan.NewIssuer, row) is { } issuer && issuer != Key(facts.IssuerId))
                    {
                        changes.Add(new(K.PlanIssuer, Key(plan.Id), Key(facts.IssuerId), issuer,
                            $"{row}: cơ quan chịu trách nhiệm {plan.Issuer} → {NameOf(issuer)}"));
                    }

                    foreach (var rule in plan.Rules)
                    {
                        var facts2 = _facts.Rules.Single(r => r.Id == rule.Id);
                        var from = Pick(rule.NewFrom, row) ?? Key(facts2.FromAgencyId);
                        var to = Pick(rule.NewTo, row) ?? Key(facts2.ToAgencyId);
                        var what = $"{row}, báo cáo {rule.Frequency.ToLower(CultureInfo.GetCultureInfo("vi-VN"))} của {rule.From}";
                        if (from == to)
                        {
                            problems.Add($"{what}: cơ quan báo cáo và cơ quan nhận báo cáo không thể là một ({NameOf(to)}).");
                            continue;
                        }

                        if (from != Key(facts2.FromAgencyId))
                        {
                            changes.Add(new(K.RuleFrom, Key(rule.Id), Key(facts2.FromAgencyId), from, $"{what}: cơ quan báo cáo → {rule.NewFrom!.LabelOf(from)}"));
                        }

                        if (to != Key(facts2.ToAgencyId))
                        {
                            changes.Add(new(K.RuleTo, Key(rule.Id), Key(facts2.ToAgencyId), to, $"{what}: cơ quan nhận báo cáo {rule.To} → {NameOf(to)}"));
                        }
                    }

                    break;
                }

                case Close:
                    changes.Add(new(K.PlanStatus, Key(plan.Id), nameof(PlanStatus.Active), nameof(PlanStatus.Completed),
                        $"{row}: {Display.PlanStatus(PlanStatus.Active)} → {Display.PlanStatus(PlanStatus.Completed)} "
                        + $"(đã được thay thế sau sắp xếp đơn vị hành chính; {string.Join("; ", plan.EndedBodies)})"));
                    break;
            }
        }

        foreach (var account in Accounts)
        {
            var facts = _facts.Accounts.Single(a => a.Id == account.Id);
            var choice = Pick(account.Decision, "Tài khoản " + account.Email);
            if (choice == Lock && account.Id == actorId)
            {
                problems.Add($"Tài khoản {account.Email}: bạn không thể tự khóa tài khoản của chính mình.");
            }
            else if (choice == Lock)
            {
                changes.Add(new(K.UserLock, account.Id, "", Lock, $"Tài khoản {account.Email}: khóa ({account.Agency} đã kết thúc hoạt động ngày {Display.Date(account.EndedOn)})"));
            }
            else if (choice is not null and not Lock and not Keep)
            {
                var agency = _facts.Agencies[int.Parse(choice, CultureInfo.InvariantCulture)];
                changes.Add(new(K.UserAgency, account.Id, $"{facts.AgencyId}|{facts.UnitId}", $"{agency.Id}|{agency.UnitId}",
                    $"Tài khoản {account.Email}: cơ quan {account.Agency} → {agency.Name}"));
            }
        }

        return (changes, problems);
    }

    private string NameOf(string agencyId) => _facts.Agencies[int.Parse(agencyId, CultureInfo.InvariantCulture)].Name;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
