package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.Api;
import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.ExportCommunitiesUseCase;
import io.gridflex.application.community.port.in.ImportCommunityUseCase;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bundles in and out: a JSON bundle, a multi-document YAML body (one community per document, each
 * imported on its own), and the YAML export of every community or of one ({@code ?community=}).
 */
@Api(Api.Name.REGISTRY)
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminImportController {

    private final ImportCommunityUseCase importCommunity;
    private final ExportCommunitiesUseCase exportCommunities;
    private final JsonMapper json;
    private final ExecutorService blocking;

    public AdminImportController(ImportCommunityUseCase importCommunity, ExportCommunitiesUseCase exportCommunities,
                                 JsonMapper json, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.importCommunity = importCommunity;
        this.exportCommunities = exportCommunities;
        this.json = json;
        this.blocking = blocking;
    }

    @Post("/import")
    @Secured("admin")
    public Map<String, Object> importJson(@Body String body, Authentication authentication) {
        Map<String, Object> request = JsonRequest.parse(json, body).whole();
        if (!(request.get("bundle") instanceof Map<?, ?> bundle)) {
            throw new MalformedBodyException("bundle: an object holding the community bundle is required.");
        }
        boolean dryRun = flag(request, "dry_run");
        boolean force = flag(request, "force");
        return RegistryJson.report(importCommunity.importCommunity(actorOf(authentication), Bundle.read(cast(bundle)).command(dryRun,
                force)));
    }

    /**
     * Each document is imported on its own transaction, in order; the first refused one stops the
     * request (with its refusal), leaving those before it imported, as the report of a retry shows.
     */
    @Post("/import/yaml")
    @Secured("admin")
    @Consumes({"text/yaml", "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN})
    public Map<String, Object> importYaml(@Body String body, HttpRequest<?> request, Authentication authentication) {
        RegistryQuery query = new RegistryQuery(request);
        boolean dryRun = query.bool("dry_run").orElse(false);
        boolean force = query.bool("force").orElse(false);
        Actor actor = actorOf(authentication);
        List<Map<String, Object>> documents = YamlDocuments.read(body);
        List<Bundle.Read> bundles = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                bundles.add(Bundle.read(documents.get(i)));
            } catch (MalformedBodyException e) {
                throw new MalformedBodyException("Document " + i + " validation error: " + e.getMessage());
            }
        }
        if (!dryRun) {
            // judge every document first, so that a refused later document leaves nothing imported
            for (Bundle.Read bundle : bundles) {
                ImportReport judged = importCommunity.importCommunity(actor, bundle.command(true, force));
                if (!judged.refusals().isEmpty()) {
                    throw new RefusedException(judged.refusals());
                }
            }
        }
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Bundle.Read bundle : bundles) {
            reports.add(RegistryJson.report(importCommunity.importCommunity(actor, bundle.command(dryRun, force))));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reports", reports);
        answer.put("dry_run", dryRun);
        return answer;
    }

    /**
     * Every community, or those named by the repeatable {@code community} parameter, in the order
     * named. Streamed, one community read and written at a time as the client takes them: the
     * answer's memory is one community's, whatever the registry holds. Access and an unknown
     * community are judged before the first byte.
     */
    @Get("/export")
    @Secured({"admin", "admin-reader"})
    @Produces(MediaType.TEXT_PLAIN)
    public Publisher<String> export(HttpRequest<?> request, Authentication authentication) {
        Actor actor = actorOf(authentication);
        List<String> communities = exportCommunities.communitiesToExport(actor, request.getParameters().getAll("community"));
        return Flux.fromIterable(communities)
                .concatMap(key -> Mono.justOrEmpty(exportCommunities.exportCommunity(actor, key)), 1)
                .map(community -> YamlDocuments.write(Bundle.write(community)))
                .subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    private static boolean flag(Map<String, Object> request, String name) {
        Object value = request.getOrDefault(name, false);
        if (!(value instanceof Boolean b)) {
            throw new MalformedBodyException(name + ": must be true or false.");
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
