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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.domain.Domain;
import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.vpc.Vpc;
import com.cloud.projects.Project;
import com.cloud.projects.ProjectService;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.net.Ip;
import com.google.gson.Gson;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class WgResponseBuilderTest {

    @Mock
    private NetworkModel networkModel;
    @Mock
    private EntityManager entityManager;
    @Mock
    private AccountManager accountManager;
    @Mock
    private WgUserDao wgUserDao;
    @Mock
    private ProjectService projectService;
    @InjectMocks
    private WgResponseBuilder builder;

    private WgVpn vpcVpnOwnedBy(long accountId) {
        WgVpn vpn = mock(WgVpn.class);
        when(vpn.getUuid()).thenReturn("vpn-1");
        when(vpn.getServerAddressId()).thenReturn(3L);
        when(vpn.getVpcId()).thenReturn(4L);
        when(vpn.getNetworkId()).thenReturn(null);
        when(vpn.getState()).thenReturn(WgVpn.State.Running);
        when(vpn.getAccountId()).thenReturn(accountId);
        when(vpn.getDomainId()).thenReturn(1L);
        when(vpn.isIp4Enabled()).thenReturn(true);
        when(vpn.getIp4Range()).thenReturn("10.8.0.0/24");
        when(vpn.getIp4Address()).thenReturn("10.8.0.1");
        when(vpn.getPort()).thenReturn(51820);
        when(vpn.getId()).thenReturn(7L);
        IpAddress ip = mock(IpAddress.class);
        when(ip.getUuid()).thenReturn("ip-1");
        when(ip.getAddress()).thenReturn(new Ip("203.0.113.40"));
        when(networkModel.getIp(3L)).thenReturn(ip);
        Vpc vpc = mock(Vpc.class);
        when(vpc.getUuid()).thenReturn("vpc-1");
        when(vpc.getName()).thenReturn("vpc1");
        when(entityManager.findById(Vpc.class, 4L)).thenReturn(vpc);
        Domain domain = mock(Domain.class);
        when(domain.getUuid()).thenReturn("domain-1");
        when(domain.getName()).thenReturn("ROOT");
        when(domain.getPath()).thenReturn("/");
        when(entityManager.findById(Domain.class, 1L)).thenReturn(domain);
        when(wgUserDao.countByVpn(7L)).thenReturn(3L);
        return vpn;
    }

    private Account account(long id, String name, Account.Type type) {
        Account account = mock(Account.class);
        when(account.getUuid()).thenReturn("account-" + id);
        when(account.getAccountName()).thenReturn(name);
        when(account.getType()).thenReturn(type);
        when(accountManager.getAccount(id)).thenReturn(account);
        return account;
    }

    @Test
    void aSubDomainOwnerIsShownWithCloudStacksPrettyDomainPath() {
        account(2L, "alice", Account.Type.NORMAL);
        WgVpn vpn = vpcVpnOwnedBy(2L);
        Domain sub = mock(Domain.class);
        when(sub.getUuid()).thenReturn("domain-2");
        when(sub.getName()).thenReturn("sub");
        when(sub.getPath()).thenReturn("/d1/sub/");
        when(entityManager.findById(Domain.class, 1L)).thenReturn(sub);

        WgVpnResponse response = builder.vpnResponse(vpn);

        assertEquals("ROOT/d1/sub", response.getDomainPath());
        assertEquals("sub", response.getDomainName());
    }

    @Test
    void aVpcVpnNamesItsVpcAndOwnerAndNothingSecret() {
        account(2L, "alice", Account.Type.NORMAL);

        WgVpnResponse response = builder.vpnResponse(vpcVpnOwnedBy(2L));

        assertEquals("wgvpn", response.getObjectName());
        assertEquals("ip-1", response.getPublicIpId());
        assertEquals("203.0.113.40", response.getPublicIp());
        assertEquals("vpc-1", response.getVpcId());
        assertNull(response.getNetworkId());
        assertEquals("Running", response.getState());
        assertEquals(3, response.getUserCount());
        assertEquals("alice", response.getAccountName());
        assertEquals("account-2", response.getAccountId());
        assertEquals("ROOT", response.getDomainPath(), "CloudStack's pretty path of the root domain");
        assertNull(response.getProjectId());
        String json = new Gson().toJson(response);
        assertEquals(-1, json.indexOf("private"));
    }

    @Test
    void aProjectsVpnNamesTheProject() {
        account(9L, "PrjAcct-web-1", Account.Type.PROJECT);
        Project project = mock(Project.class);
        when(project.getUuid()).thenReturn("project-1");
        when(project.getName()).thenReturn("web");
        when(projectService.findByProjectAccountId(9L)).thenReturn(project);

        WgVpnResponse response = builder.vpnResponse(vpcVpnOwnedBy(9L));

        assertEquals("project-1", response.getProjectId());
        assertEquals("web", response.getProjectName());
        assertNull(response.getAccountName());
    }

    @Test
    void liveStateLeavesOutAHandshakeThatNeverHappened() {
        WgUser user = mock(WgUser.class);
        when(user.getState()).thenReturn(WgUser.State.Active);
        WgUserResponse response = builder.userResponse(user, null);
        GetWireGuardVpnStatusAnswer.PeerStatus never = new Gson().fromJson("{\"latestHandshake\":0,\"rxBytes\":0,\"txBytes\":0}",
            GetWireGuardVpnStatusAnswer.PeerStatus.class);
        GetWireGuardVpnStatusAnswer.PeerStatus seen = new Gson().fromJson("{\"latestHandshake\":1700000000,\"rxBytes\":5,\"txBytes\":6,\"endpoint\":\"203.0.113.9:1\"}",
            GetWireGuardVpnStatusAnswer.PeerStatus.class);

        builder.addLiveState(response, never);
        assertNull(response.getLastHandshake());
        builder.addLiveState(response, seen);
        assertEquals(new Date(1700000000000L), response.getLastHandshake());
        assertEquals("203.0.113.9:1", response.getEndpoint());
    }
}
