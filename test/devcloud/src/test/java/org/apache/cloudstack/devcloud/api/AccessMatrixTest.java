// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.projects.Project.ListProjectResourcesCriteria;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.Ternary;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/**
 * CloudStack's access rules with its texts: owner, other tenant, domain admin and root admin, through
 * an @ACL parameter over HTTP and through the AccountManager a plugin calls.
 */
class AccessMatrixTest {

    static TestCloud cloud;
    static AccountManager accounts;
    static TestOwnedVO.Dao owned;

    @BeforeAll
    static void start() {
        cloud = TestCloud.get();
        accounts = cloud.bean(AccountManager.class);
        owned = TestOwnedVO.Dao.create();
        for (TestCloud.Person p : new TestCloud.Person[] {cloud.admin, cloud.domainAdmin, cloud.alice, cloud.bob, cloud.carol}) {
            owned.persist(new TestOwnedVO(p.account.getId(), p.account.getDomainId(), cloud.run));
        }
    }

    private static ApiClient.Reply touch(TestCloud.Person caller, TestCloud.Person target) {
        return cloud.client(caller).signed("testAccess", "accountid", target.account.getUuid());
    }

    @Test
    void ownerMayActOnItsOwnAccount() {
        assertEquals(200, touch(cloud.alice, cloud.alice).status);
    }

    @Test
    void anotherTenantIsRefusedWith531() {
        ApiClient.Reply sameDomain = touch(cloud.bob, cloud.alice);
        assertEquals(531, sameDomain.status);
        assertEquals("{\"testaccessresponse\":{\"uuidList\":[],\"errorcode\":531,\"cserrorcode\":4365,\"errortext\":"
            + "\"Caller does not have permission to operate with provided resource.\"}}", sameDomain.body);
        assertEquals(531, touch(cloud.carol, cloud.alice).status);
    }

    @Test
    void domainAdminMayActInsideItsDomainOnly() {
        assertEquals(200, touch(cloud.domainAdmin, cloud.alice).status);
        ApiClient.Reply outside = touch(cloud.domainAdmin, cloud.carol);
        assertEquals(531, outside.status);
        assertEquals("Caller does not have permission to operate with provided resource.", outside.inner().get("errortext").getAsString());
    }

    @Test
    void rootAdminMayActEverywhere() {
        assertEquals(200, touch(cloud.admin, cloud.alice).status);
        assertEquals(200, touch(cloud.admin, cloud.carol).status);
    }

    @Test
    void domainCheckTextNamesTheAccountAndTheDomain() {
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> accounts.checkAccess(cloud.domainAdmin.account, cloud.d2));
        assertEquals("Account " + cloud.domainAdmin.account + " does not have permission to operate within domain id=" + cloud.d2.getUuid(), e.getMessage());
        PermissionDeniedException user = assertThrows(PermissionDeniedException.class, () -> accounts.checkAccess(cloud.alice.account, cloud.root));
        assertEquals("Account " + cloud.alice.account + " does not have permission to operate within domain id=" + cloud.root.getUuid(), user.getMessage());
        accounts.checkAccess(cloud.alice.account, cloud.d1);
        accounts.checkAccess(cloud.admin.account, cloud.d2);
    }

    @Test
    void sameOwnerCheckNamesBothEntities() {
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
            () -> accounts.checkAccess(cloud.admin.account, null, true, cloud.alice.account, cloud.bob.account));
        assertEquals("Entity " + cloud.bob.account + " and entity " + cloud.alice.account + " belong to different accounts", e.getMessage());
    }

    @Test
    void finalizeOwnerFollowsCloudStack() {
        assertEquals(cloud.alice.account.getId(), accounts.finalizeOwner(cloud.alice.account, null, null, null).getId());
        assertEquals(cloud.alice.account.getId(), accounts.finalizeOwner(cloud.admin.account, cloud.alice.username, cloud.d1.getId(), null).getId());
        assertEquals(cloud.alice.account.getId(), accounts.finalizeOwner(cloud.domainAdmin.account, cloud.alice.username, cloud.d1.getId(), null).getId());
        PermissionDeniedException other = assertThrows(PermissionDeniedException.class,
            () -> accounts.finalizeOwner(cloud.alice.account, cloud.bob.username, cloud.d1.getId(), null));
        assertEquals("Can't create/list resources for account " + cloud.bob.username + " in domain " + cloud.d1.getId() + ", permission denied", other.getMessage());
        assertThrows(PermissionDeniedException.class, () -> accounts.finalizeOwner(cloud.domainAdmin.account, cloud.carol.username, cloud.d2.getId(), null));
        InvalidParameterValueException half = assertThrows(InvalidParameterValueException.class,
            () -> accounts.finalizeOwner(cloud.admin.account, cloud.alice.username, null, null));
        assertEquals("AccountName and domainId must be specified together", half.getMessage());
        InvalidParameterValueException system = assertThrows(InvalidParameterValueException.class,
            () -> accounts.finalizeOwner(accounts.getSystemAccount(), null, null, null));
        assertEquals("Account and domainId are needed for resource creation", system.getMessage());
    }

    /**
     * What a plugin's list method does with its own VO: buildACLSearchParameters, then the builder and
     * the criteria on a SearchBuilder of a ControlledEntity (TestOwnedVO: one row per test account).
     */
    private static Set<Long> listOwnedAs(Account caller, String accountName, Long domainId, boolean recursive, boolean listAll) {
        List<Long> permitted = new ArrayList<>();
        Ternary<Long, Boolean, ListProjectResourcesCriteria> scope = new Ternary<>(domainId, recursive, null);
        accounts.buildACLSearchParameters(caller, null, accountName, null, permitted, scope, listAll, false);
        SearchBuilder<TestOwnedVO> sb = owned.createSearchBuilder();
        sb.and("marker", sb.entity().getName(), SearchCriteria.Op.EQ);
        accounts.buildACLSearchBuilder(sb, scope.first(), scope.second(), permitted, scope.third());
        sb.done();
        SearchCriteria<TestOwnedVO> sc = sb.create();
        sc.setParameters("marker", cloud.run);
        accounts.buildACLSearchCriteria(sc, scope.first(), scope.second(), permitted, scope.third());
        Set<Long> owners = new HashSet<>();
        for (TestOwnedVO vo : owned.search(sc, null)) {
            owners.add(vo.getAccountId());
        }
        return owners;
    }

    @Test
    void listScopeFollowsBuildAclSearchParameters() {
        long a = cloud.alice.account.getId();
        long b = cloud.bob.account.getId();
        long c = cloud.carol.account.getId();
        long da = cloud.domainAdmin.account.getId();
        long root = cloud.admin.account.getId();
        // a user sees its own only, whatever it asks
        assertEquals(Set.of(a), listOwnedAs(cloud.alice.account, null, null, false, true));
        assertEquals(Set.of(a), listOwnedAs(cloud.alice.account, null, cloud.d1.getId(), true, true));
        // a domain admin: listall gives its subtree, otherwise only itself
        assertEquals(Set.of(da, a, b), listOwnedAs(cloud.domainAdmin.account, null, null, false, true));
        assertEquals(Set.of(da), listOwnedAs(cloud.domainAdmin.account, null, null, false, false));
        assertEquals(Set.of(b), listOwnedAs(cloud.domainAdmin.account, cloud.bob.username, cloud.d1.getId(), false, false));
        assertThrows(PermissionDeniedException.class, () -> listOwnedAs(cloud.domainAdmin.account, null, cloud.d2.getId(), false, false));
        // the root admin: everything with listall, one domain with domainid, a subtree with isrecursive
        assertEquals(Set.of(root, da, a, b, c), listOwnedAs(cloud.admin.account, null, null, false, true));
        assertEquals(Set.of(root), listOwnedAs(cloud.admin.account, null, null, false, false));
        assertEquals(Set.of(da, a, b), listOwnedAs(cloud.admin.account, null, cloud.d1.getId(), false, false));
        assertEquals(Set.of(root, da, a, b, c), listOwnedAs(cloud.admin.account, null, cloud.root.getId(), true, false));
        assertEquals(Set.of(root), listOwnedAs(cloud.admin.account, null, cloud.root.getId(), false, false));
        InvalidParameterValueException missing = assertThrows(InvalidParameterValueException.class,
            () -> listOwnedAs(cloud.admin.account, "nobody", cloud.d1.getId(), false, false));
        assertEquals("could not find account nobody in domain " + cloud.d1.getId(), missing.getMessage());
    }
}
