package io.gridflex.adapter.rest.registry;

import static io.gridflex.adapter.rest.auth.ActorTokenValidator.actorOf;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.ChangeMemberCommand;
import io.gridflex.application.community.port.in.ChangeMemberUseCase;
import io.gridflex.application.community.port.in.MemberRemoval;
import io.gridflex.application.community.port.in.PutDeliveryPointCommand;
import io.gridflex.application.community.port.in.PutDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RegisterMemberCommand;
import io.gridflex.application.community.port.in.RegisterMemberUseCase;
import io.gridflex.application.community.port.in.RemoveDeliveryPointCommand;
import io.gridflex.application.community.port.in.RemoveDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RemoveMemberCommand;
import io.gridflex.application.community.port.in.RemoveMemberUseCase;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry's writes to one member (rec-registry 1.7.0's): create, patch, the profile and
 * one-field routes, status, release or purge, and its delivery points. Bodies are read into typed
 * commands here, with the registry's field rules: a member document is read as a bundle's
 * ({@link Bundle#member}), the general patch ignores fields it does not know, the profile and
 * one-field routes take exactly their fields.
 */
@Api(Api.Name.REGISTRY)
@Controller("/admin/communities/{ck}/members")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminMemberWritesController {

    /** The key a new member is read under until the registry gives it its own (rec-registry's {@code member-00001}). */
    private static final String UNKEYED = "member-00000";

    private final RegisterMemberUseCase registerMember;
    private final ChangeMemberUseCase changeMember;
    private final RemoveMemberUseCase removeMember;
    private final PutDeliveryPointUseCase putDeliveryPoint;
    private final RemoveDeliveryPointUseCase removeDeliveryPoint;
    private final JsonMapper json;

    public AdminMemberWritesController(RegisterMemberUseCase registerMember, ChangeMemberUseCase changeMember,
                                       RemoveMemberUseCase removeMember, PutDeliveryPointUseCase putDeliveryPoint,
                                       RemoveDeliveryPointUseCase removeDeliveryPoint, JsonMapper json) {
        this.registerMember = registerMember;
        this.changeMember = changeMember;
        this.removeMember = removeMember;
        this.putDeliveryPoint = putDeliveryPoint;
        this.removeDeliveryPoint = removeDeliveryPoint;
        this.json = json;
    }

    /** {@code MemberCreate} → 201 {@code MemberDetail}. */
    @Post
    public HttpResponse<Map<String, Object>> create(@PathVariable String ck, @Body String body, Authentication authentication) {
        Map<String, Object> document = new LinkedHashMap<>(JsonRequest.parse(json, body).whole());
        document.values().removeIf(java.util.Objects::isNull); // an optional field sent as null is one not sent
        Object key = document.remove("key");
        document.remove("extra");
        if (key != null && !(key instanceof String)) {
            throw new MalformedBodyException("key: Not a valid string.");
        }
        Bundle.MemberRead read = Bundle.member(key == null ? UNKEYED : (String) key, document);
        if (!read.refusals().isEmpty()) {
            throw new RefusedException(read.refusals().stream().map(Refusal::detail).collect(Collectors.joining("; ")), read.refusals());
        }
        RegisterMemberCommand command = new RegisterMemberCommand(ck, read.member().orElseThrow(), key != null, read.assets());
        return HttpResponse.created(RegistryJson.member(registerMember.registerMember(actorOf(authentication), command)));
    }

    /** {@code MemberPatch}: absent or null fields are left alone, unknown ones ignored. */
    @Patch("/{mk}")
    public Map<String, Object> patch(@PathVariable String ck, @PathVariable String mk, @Body String body,
                                     Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body);
        ChangeMemberCommand command = ChangeMemberCommand.of(ck, mk);
        command = text(request, "user_id").map(command::withUserId).orElse(command);
        command = text(request, "did").map(command::withDid).orElse(command);
        command = text(request, "name").map(command::withName).orElse(command);
        command = text(request, "type").map(command::withType).orElse(command);
        command = text(request, "role").map(AdminMemberWritesController::role).map(command::withRole).orElse(command);
        command = text(request, "area").map(command::withArea).orElse(command);
        command = text(request, "status").map(AdminMemberWritesController::status).map(command::withStatus).orElse(command);
        return change(command, authentication);
    }

    /** {@code MemberProfilePatch}: role and area, at least one, nothing else. */
    @Patch("/{mk}/profile")
    public Map<String, Object> profile(@PathVariable String ck, @PathVariable String mk, @Body String body,
                                       Authentication authentication) {
        JsonRequest request = only(body, Set.of("role", "area"), false);
        ChangeMemberCommand command = ChangeMemberCommand.of(ck, mk);
        command = required(request, "role", false).map(AdminMemberWritesController::role).map(command::withRole).orElse(command);
        command = required(request, "area", false).map(command::withArea).orElse(command);
        return change(command, authentication);
    }

    @Put("/{mk}/name")
    public Map<String, Object> name(@PathVariable String ck, @PathVariable String mk, @Body String body, Authentication authentication) {
        String name = required(only(body, Set.of("name"), true), "name", true).orElseThrow();
        return change(ChangeMemberCommand.of(ck, mk).withName(name), authentication);
    }

    @Put("/{mk}/role")
    public Map<String, Object> role(@PathVariable String ck, @PathVariable String mk, @Body String body, Authentication authentication) {
        String role = required(only(body, Set.of("role"), true), "role", true).orElseThrow();
        return change(ChangeMemberCommand.of(ck, mk).withRole(role(role)), authentication);
    }

    @Put("/{mk}/area")
    public Map<String, Object> area(@PathVariable String ck, @PathVariable String mk, @Body String body, Authentication authentication) {
        String area = required(only(body, Set.of("area"), true), "area", true).orElseThrow();
        return change(ChangeMemberCommand.of(ck, mk).withArea(area), authentication);
    }

    /** {@code MemberStatusChange}: {@code {status, reason?}}; the reason is not kept. */
    @Post("/{mk}/status")
    public Map<String, Object> status(@PathVariable String ck, @PathVariable String mk, @Body String body,
                                      Authentication authentication) {
        String status = required(JsonRequest.parse(json, body), "status", true).orElseThrow();
        return change(ChangeMemberCommand.of(ck, mk).withStatus(status(status)), authentication);
    }

    /** Releases the member (inactive), or with {@code purge} deletes it: {@code DeletionReport}. */
    @Delete("/{mk}")
    public Map<String, Object> delete(@PathVariable String ck, @PathVariable String mk, @QueryValue(defaultValue = "false") boolean purge,
                                      Authentication authentication) {
        MemberRemoval removal = removeMember.removeMember(actorOf(authentication), new RemoveMemberCommand(ck, mk, purge));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("community_key", removal.community());
        report.put("member_key", removal.member());
        report.put("purged", removal.purged());
        report.put("status", removal.status().map(Member.Status::wireName).orElse(null));
        report.put("assets_removed", removal.assetsRemoved());
        return report;
    }

    /** {@code DeliveryPointIn} at its id, or correcting {@code replaces}: the member's {@code {"delivery_points"}}. */
    @Put("/{mk}/delivery-points/{pointId}")
    public Map<String, Object> putPoint(@PathVariable String ck, @PathVariable String mk, @PathVariable String pointId,
                                        @Nullable @QueryValue String replaces, @Body String body, Authentication authentication) {
        Map<String, Object> document = JsonRequest.parse(json, body).whole();
        Object id = document.get("id");
        if (id != null && !pointId.equals(id)) {
            throw new InvalidValueException("id", "Body id '" + id + "' does not match path id '" + pointId + "'");
        }
        DeliveryPoint point = Bundle.point(document);
        Member member = putDeliveryPoint.putDeliveryPoint(actorOf(authentication), new PutDeliveryPointCommand(ck, mk, point,
                Optional.ofNullable(replaces)));
        return RegistryJson.deliveryPoints(member);
    }

    @Delete("/{mk}/delivery-points/{pointId}")
    public Map<String, Object> deletePoint(@PathVariable String ck, @PathVariable String mk, @PathVariable String pointId,
                                           Authentication authentication) {
        Member member = removeDeliveryPoint.removeDeliveryPoint(actorOf(authentication), new RemoveDeliveryPointCommand(ck, mk, pointId));
        return RegistryJson.deliveryPoints(member);
    }

    private Map<String, Object> change(ChangeMemberCommand command, Authentication authentication) {
        return RegistryJson.member(changeMember.changeMember(actorOf(authentication), command));
    }

    /** A body of exactly these fields ({@code all}: every one of them), else 422, as the registry's strict models. */
    private JsonRequest only(String body, Set<String> fields, boolean all) {
        JsonRequest request = JsonRequest.parse(json, body);
        Set<String> given = request.whole().keySet();
        if (given.isEmpty() || !fields.containsAll(given) || all && !given.containsAll(fields)) {
            throw new MalformedBodyException("The body takes " + fields.stream().sorted().toList() + " and nothing else; it had "
                    + given.stream().sorted().toList() + ".");
        }
        return request;
    }

    /** A field that, where given (or {@code needed}), is a text and not null. */
    private static Optional<String> required(JsonRequest request, String field, boolean needed) {
        Map<String, Object> whole = request.whole();
        if (!whole.containsKey(field)) {
            if (needed) {
                throw new MalformedBodyException(field + ": Field required.");
            }
            return Optional.empty();
        }
        if (!(whole.get(field) instanceof String value)) {
            throw new MalformedBodyException(field + ": Input should be a valid string.");
        }
        return Optional.of(value);
    }

    /** A text field where given and not null; anything else than text is 422. */
    private static Optional<String> text(JsonRequest request, String field) {
        Object value = request.whole().get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new MalformedBodyException(field + ": Input should be a valid string.");
        }
        return Optional.of(text);
    }

    private static Member.Role role(String wireName) {
        return Member.parse(Member.Role.class, "role", wireName);
    }

    private static Member.Status status(String wireName) {
        return Member.parse(Member.Status.class, "status", wireName);
    }
}
