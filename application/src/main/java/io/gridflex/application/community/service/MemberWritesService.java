package io.gridflex.application.community.service;

import io.gridflex.application.community.port.in.ChangeMemberCommand;
import io.gridflex.application.community.port.in.ChangeMemberUseCase;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.MemberRemoval;
import io.gridflex.application.community.port.in.PutAssetCommand;
import io.gridflex.application.community.port.in.PutAssetUseCase;
import io.gridflex.application.community.port.in.RemoveAssetCommand;
import io.gridflex.application.community.port.in.RemoveAssetUseCase;
import io.gridflex.application.community.port.in.PutDeliveryPointCommand;
import io.gridflex.application.community.port.in.PutDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RegisterMemberCommand;
import io.gridflex.application.community.port.in.RegisterMemberUseCase;
import io.gridflex.application.community.port.in.RemoveDeliveryPointCommand;
import io.gridflex.application.community.port.in.RemoveDeliveryPointUseCase;
import io.gridflex.application.community.port.in.RemoveMemberCommand;
import io.gridflex.application.community.port.in.RemoveMemberUseCase;
import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.port.out.WriteMembersPort;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry's single writes to a member. Each is one transaction: take the community's write
 * lock, load its {@link CommunityRegister}, let the domain build the changed register (which
 * checks every invariant an import checks) and judge what the changed member would hold
 * ({@link Holdings#clashOf}, against its own community as written and what {@link FindHoldersPort}
 * finds elsewhere), then store only that member ({@link WriteMembersPort}). A refused write
 * changes nothing.
 */
public class MemberWritesService implements RegisterMemberUseCase, ChangeMemberUseCase, RemoveMemberUseCase,
        PutDeliveryPointUseCase, RemoveDeliveryPointUseCase, PutAssetUseCase, RemoveAssetUseCase {

    private final LoadCommunitiesPort load;
    private final WriteMembersPort write;
    private final FindHoldersPort holders;
    private final TransactionPort transactions;

    public MemberWritesService(LoadCommunitiesPort load, WriteMembersPort write, FindHoldersPort holders,
                               TransactionPort transactions) {
        this.load = load;
        this.write = write;
        this.holders = holders;
        this.transactions = transactions;
    }

    @Override
    public Registered<Member> registerMember(Actor actor, RegisterMemberCommand command) {
        RegistryAccess.requireAdmin(actor);
        return inCommunity(command.community(), register -> {
            String key = command.givenKey().orElseGet(() -> freeKey(register));
            Member member = command.member().withKey(key);
            List<CommunityAsset> assets = command.assets().stream().map(a -> a.withOwner(key)).toList();
            CommunityRegister changed = register.withNewMember(member, assets);
            requireHoldable(changed, member);
            requireFreeDid(command.community(), member);
            write.saveMember(command.community(), member);
            assets.forEach(a -> write.saveAsset(command.community(), a));
            return stored(command.community(), key);
        });
    }

    @Override
    public Registered<Member> changeMember(Actor actor, ChangeMemberCommand command) {
        RegistryAccess.requireAdmin(actor);
        return inCommunity(command.community(), register -> {
            Member current = register.existing(command.member());
            Member member = command.applyTo(current);
            CommunityRegister changed = register.withMember(member);
            boolean reactivated = member.isActive() && !current.isActive();
            if (reactivated || member.isActive() && !member.did().equals(current.did())) {
                requireFreeDid(command.community(), member);
            }
            if (reactivated) {
                requireHoldable(changed, member);
            }
            write.saveMember(command.community(), member);
            return stored(command.community(), member.key());
        });
    }

    @Override
    public MemberRemoval removeMember(Actor actor, RemoveMemberCommand command) {
        RegistryAccess.requireAdmin(actor);
        return inCommunity(command.community(), register -> {
            Member member = register.existing(command.member());
            if (command.purge()) {
                int assets = register.assetsOf(member.key()).size();
                write.removeMember(command.community(), member.key());
                return new MemberRemoval(command.community(), member.key(), true, Optional.empty(), assets);
            }
            Member released = member.withStatus(Member.Status.INACTIVE);
            register.withMember(released);
            write.saveMember(command.community(), released);
            return new MemberRemoval(command.community(), member.key(), false, Optional.of(released.status()), 0);
        });
    }

    @Override
    public Member putDeliveryPoint(Actor actor, PutDeliveryPointCommand command) {
        RegistryAccess.requireAdmin(actor);
        return inCommunity(command.community(), register -> {
            register.existing(command.member());
            CommunityRegister changed = register.withDeliveryPoint(command.member(), command.point(), command.replaces());
            Member member = changed.existing(command.member());
            requireHoldable(changed, member);
            write.saveMember(command.community(), member);
            List<CommunityAsset> before = register.assetsOf(member.key());
            changed.assetsOf(member.key()).stream().filter(a -> !before.contains(a)).forEach(a -> write.saveAsset(command.community(), a));
            return member;
        });
    }

    @Override
    public Member removeDeliveryPoint(Actor actor, RemoveDeliveryPointCommand command) {
        RegistryAccess.requireAdmin(actor);
        return inCommunity(command.community(), register -> {
            Member member = register.withoutDeliveryPoint(command.member(), command.pointId()).existing(command.member());
            write.saveMember(command.community(), member);
            return member;
        });
    }

    @Override
    public Holding<CommunityAsset> putAsset(Actor actor, PutAssetCommand command) {
        RegistryAccess.requireAdmin(actor);
        CommunityAsset asset = command.asset();
        return inCommunity(command.community(), register -> {
            Member owner = register.existing(asset.owner());
            // the sensor and the pod before the key, as rec-registry checks them
            if (owner.isActive()) {
                Holdings with = register.holdingsWith(asset);
                Holdings own = Holdings.of(List.of(owner), List.of(asset));
                with.clashOf(owner.key(), holders.heldOutside(register.key(), own)).ifPresent(refusal -> {
                    throw new ConflictException(refusal.code(), refusal.detail());
                });
            }
            register.withAsset(asset);
            write.saveAsset(command.community(), asset);
            return new Holding<>(stored(command.community(), owner.key()), load.asset(command.community(), asset.key()));
        });
    }

    @Override
    public void removeAsset(Actor actor, RemoveAssetCommand command) {
        RegistryAccess.requireAdmin(actor);
        inCommunity(command.community(), register -> {
            register.withoutAsset(command.member(), command.assetKey());
            write.removeAsset(command.community(), command.assetKey());
            return null;
        });
    }

    private <T> T inCommunity(String community, Function<CommunityRegister, T> work) {
        return transactions.inTransaction(() -> {
            write.lockCommunity(community);
            CommunityRegister register = load.register(community)
                    .orElseThrow(() -> new NotFoundException(NotFoundException.Subject.COMMUNITY, "Community not found"));
            return work.apply(register);
        });
    }

    /** An active member may hold only what no other active member holds, here or elsewhere. */
    private void requireHoldable(CommunityRegister changed, Member member) {
        if (!member.isActive()) {
            return;
        }
        Holdings own = Holdings.of(List.of(member), changed.assetsOf(member.key()));
        changed.holdings().clashOf(member.key(), holders.heldOutside(changed.key(), own)).ifPresent(refusal -> {
            throw new ConflictException(refusal.code(), refusal.detail());
        });
    }

    /** A DID belongs to one active member registry-wide; the holder is named inside the community only. */
    private void requireFreeDid(String community, Member member) {
        if (!member.isActive() || member.did().isEmpty()) {
            return;
        }
        String did = member.did().get();
        load.membersByDids(List.of(did), true).stream()
                .filter(m -> !(m.community().key().equals(community) && m.item().key().equals(member.key())))
                .findFirst().ifPresent(other -> {
                    String holder = other.community().key().equals(community) ? "member '" + other.item().key() + "'"
                            : "another member";
                    throw new ConflictException(CommunityReason.DID_TAKEN, "did '" + did + "' already belongs to " + holder);
                });
    }

    private Registered<Member> stored(String community, String key) {
        return load.member(community, key).orElseThrow();
    }

    /** rec-registry's generated key: {@code member-00001}, the first free one from the member count up. */
    private static String freeKey(CommunityRegister register) {
        int n = register.members().size() + 1;
        while (register.member(String.format("member-%05d", n)).isPresent()) {
            n++;
        }
        return String.format("member-%05d", n);
    }
}
