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
package org.apache.cloudstack.network.wireguard;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgUsersCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgVpnsCmd;

import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.projects.Project;
import com.cloud.user.AccountManager;
import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/**
 * The searches behind listWgVpns and listWgUsers: the caller's ACL scope as CloudStack's lists build it
 * (own objects; a domain's with listall for admins; projects), the command's filters, one page.
 */
public class WgListQueries {

    @Inject
    private AccountManager accountManager;
    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;

    public Pair<List<WgVpnVO>, Integer> searchVpns(ListWgVpnsCmd cmd) {
        AclScope scope = scopeOf(cmd, cmd.getId());
        SearchBuilder<WgVpnVO> sb = wgVpnDao.createSearchBuilder();
        scope.restrict(sb);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("networkId", sb.entity().getNetworkId(), SearchCriteria.Op.EQ);
        sb.and("vpcId", sb.entity().getVpcId(), SearchCriteria.Op.EQ);
        sb.and("serverAddressId", sb.entity().getServerAddressId(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.NEQ);
        sb.and("keyword", sb.entity().getIp4Range(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<WgVpnVO> sc = sb.create();
        scope.restrict(sc);
        sc.setParameters("state", WgVpn.State.Removed);
        setIfNotNull(sc, "id", cmd.getId());
        setIfNotNull(sc, "networkId", cmd.getNetworkId());
        setIfNotNull(sc, "vpcId", cmd.getVpcId());
        setIfNotNull(sc, "serverAddressId", cmd.getPublicIpId());
        setIfNotNull(sc, "display", cmd.getDisplay());
        setKeyword(sc, cmd.getKeyword());
        return wgVpnDao.searchAndCount(sc, new Filter(WgVpnVO.class, "id", true, cmd.getStartIndex(), cmd.getPageSizeVal()));
    }

    public Pair<List<WgUserVO>, Integer> searchUsers(ListWgUsersCmd cmd) {
        AclScope scope = scopeOf(cmd, cmd.getId());
        SearchBuilder<WgUserVO> sb = wgUserDao.createSearchBuilder();
        scope.restrict(sb);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("vpnId", sb.entity().getVpnId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<WgUserVO> sc = sb.create();
        scope.restrict(sc);
        setIfNotNull(sc, "id", cmd.getId());
        setIfNotNull(sc, "vpnId", cmd.getVpnId());
        setIfNotNull(sc, "name", cmd.getName());
        setIfNotNull(sc, "display", cmd.getDisplay());
        setKeyword(sc, cmd.getKeyword());
        return wgUserDao.searchAndCount(sc, new Filter(WgUserVO.class, "id", true, cmd.getStartIndex(), cmd.getPageSizeVal()));
    }

    private AclScope scopeOf(BaseListProjectAndAccountResourcesCmd cmd, Long id) {
        List<Long> permittedAccounts = new ArrayList<>();
        Ternary<Long, Boolean, Project.ListProjectResourcesCriteria> domainIdRecursiveListProject = new Ternary<>(cmd.getDomainId(), cmd.isRecursive(), null);
        accountManager.buildACLSearchParameters(WgCallerAccess.caller(), id, cmd.getAccountName(), cmd.getProjectId(), permittedAccounts,
                domainIdRecursiveListProject, cmd.listAll(), false);
        return new AclScope(domainIdRecursiveListProject.first(), domainIdRecursiveListProject.second(), permittedAccounts, domainIdRecursiveListProject.third());
    }

    private static void setIfNotNull(SearchCriteria<?> sc, String name, Object value) {
        if (value != null) {
            sc.setParameters(name, value);
        }
    }

    private static void setKeyword(SearchCriteria<?> sc, String keyword) {
        if (keyword != null) {
            sc.setParameters("keyword", "%" + keyword + "%");
        }
    }

    /** What the caller may list, applied the same way to the search and to its criteria. */
    private final class AclScope {
        private final Long domainId;
        private final boolean recursive;
        private final List<Long> permittedAccounts;
        private final Project.ListProjectResourcesCriteria criteria;

        AclScope(Long domainId, Boolean recursive, List<Long> permittedAccounts, Project.ListProjectResourcesCriteria criteria) {
            this.domainId = domainId;
            this.recursive = Boolean.TRUE.equals(recursive);
            this.permittedAccounts = permittedAccounts;
            this.criteria = criteria;
        }

        void restrict(SearchBuilder<? extends ControlledEntity> sb) {
            accountManager.buildACLSearchBuilder(sb, domainId, recursive, permittedAccounts, criteria);
        }

        void restrict(SearchCriteria<? extends ControlledEntity> sc) {
            accountManager.buildACLSearchCriteria(sc, domainId, recursive, permittedAccounts, criteria);
        }
    }
}
