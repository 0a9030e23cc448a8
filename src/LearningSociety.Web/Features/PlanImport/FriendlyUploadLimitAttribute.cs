using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Reads the form before the antiforgery check does: a body over the request limits would
/// otherwise end as a bare 400 or 413. Here it ends on a page with a Vietnamese message saying
/// how large a file may be, and a link back to the form.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FriendlyUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the authorization policy, before <see cref="AutoValidateAntiforgeryTokenAttribute"/> (order 1000).</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType || context.Result is not null)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<LearningSociety.Infrastructure.Importing.PlanImportOptions>();
            var metadata = context.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ModelBinding.IModelMetadataProvider>();
            var message = PlanImportReader.TooLarge(request.ContentLength ?? UploadLimits.TransportBytes + 1, options.MaxFileBytes);
            context.Result = new ViewResult
            {
                ViewName = "UploadTooLarge",
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary(metadata, context.ModelState)
                {
                    Model = message,
                },
            };
        }
    }
}
