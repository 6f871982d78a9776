package io.gridflex.adapter.rest.registry;

import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.PutAssetCommand;
import io.gridflex.application.community.port.in.PutAssetUseCase;
import io.gridflex.application.community.port.in.RemoveAssetCommand;
import io.gridflex.application.community.port.in.RemoveAssetUseCase;
import io.gridflex.domain.failure.InvalidValueException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/** A member's assets, one at a time (rec-registry 1.7.0's asset PUT and DELETE under a member). */
@Api(Api.Name.REGISTRY)
@Controller("/admin/communities/{ck}/members/{mk}/assets")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminMemberAssetsController {

    private final PutAssetUseCase putAsset;
    private final RemoveAssetUseCase removeAsset;
    private final JsonMapper json;

    public AdminMemberAssetsController(PutAssetUseCase putAsset, RemoveAssetUseCase removeAsset, JsonMapper json) {
        this.putAsset = putAsset;
        this.removeAsset = removeAsset;
        this.json = json;
    }

    /** {@code AssetUpsert} {@code {key, asset_type, properties}} → {@code AssetDetail}. */
    @Put("/{ak}")
    public Map<String, Object> put(@PathVariable String ck, @PathVariable String mk, @PathVariable String ak, @Body String body,
                                   Authentication authentication) {
        Map<String, Object> document = JsonRequest.parse(json, body).whole();
        Object key = document.get("key");
        if (key != null && !ak.equals(key)) {
            throw new InvalidValueException("key", "Body key '" + key + "' does not match path key '" + ak + "'");
        }
        Object properties = document.getOrDefault("properties", Map.of());
        if (!(properties instanceof Map<?, ?> map)) {
            throw new MalformedBodyException("properties: Input should be a valid dictionary.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        PutAssetCommand command = new PutAssetCommand(ck, Bundle.asset(mk, ak, document.get("asset_type"), fields));
        return RegistryJson.asset(putAsset.putAsset(actorOf(authentication), command));
    }

    /** Detaches the asset: 204, no body. */
    @Delete("/{ak}")
    public HttpResponse<Void> delete(@PathVariable String ck, @PathVariable String mk, @PathVariable String ak,
                                     Authentication authentication) {
        removeAsset.removeAsset(actorOf(authentication), new RemoveAssetCommand(ck, mk, ak));
        return HttpResponse.noContent();
    }
}
