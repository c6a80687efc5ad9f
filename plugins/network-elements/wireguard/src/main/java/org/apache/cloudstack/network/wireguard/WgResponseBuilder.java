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

import java.util.Date;

import javax.inject.Inject;

import org.apache.cloudstack.api.response.ControlledEntityResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;
import org.springframework.beans.factory.annotation.Autowired;

import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.domain.Domain;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
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

/**
 * Builds the API's wgvpn and wguser objects. Only public data: the server's private key never, user
 * keys only through the configuration the manager adds for createWgUser/getWgUserConfig.
 */
public class WgResponseBuilder {

    @Inject
    private NetworkModel networkModel;
    @Inject
    private EntityManager entityManager;
    @Inject
    private AccountManager accountManager;
    @Inject
    private WgUserDao wgUserDao;
    // Optional so the plugin also loads where no project service is wired (a management server always
    // has one): without it project-owned objects show their project account's name instead.
    @Autowired(required = false)
    private ProjectService projectService;

    public WgVpnResponse vpnResponse(WgVpn vpn) {
        WgVpnResponse response = new WgVpnResponse();
        response.setId(vpn.getUuid());
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        if (ip != null) {
            response.setPublicIpId(ip.getUuid());
            response.setPublicIp(ip.getAddress().addr());
        }
        response.setPort(vpn.getPort());
        if (vpn.getNetworkId() != null) {
            Network network = networkModel.getNetwork(vpn.getNetworkId());
            if (network != null) {
                response.setNetworkId(network.getUuid());
                response.setNetworkName(network.getName());
            }
        }
        if (vpn.getVpcId() != null) {
            Vpc vpc = entityManager.findById(Vpc.class, vpn.getVpcId());
            if (vpc != null) {
                response.setVpcId(vpc.getUuid());
                response.setVpcName(vpc.getName());
            }
        }
        response.setState(vpn.getState().toString());
        response.setIp4Enable(vpn.isIp4Enabled());
        if (vpn.isIp4Enabled()) {
            response.setIp4Range(vpn.getIp4Range());
            response.setIp4Address(vpn.getIp4Address());
        }
        response.setIp6Enable(vpn.isIp6Enabled());
        if (vpn.isIp6Enabled()) {
            response.setIp6Range(vpn.getIp6Range());
            response.setIp6Address(vpn.getIp6Address());
        }
        response.setPublicKey(vpn.getPublicKey());
        response.setMtu(vpn.getMtu());
        response.setKeepalive(vpn.getKeepalive());
        response.setDns(vpn.getDns());
        response.setUserCount((int)wgUserDao.countByVpn(vpn.getId()));
        response.setForDisplay(vpn.isDisplay());
        response.setCreated(vpn.getCreated());
        populateOwner(response, vpn.getAccountId(), vpn.getDomainId());
        response.setAccountId(accountUuid(vpn.getAccountId()));
        response.setObjectName(WgVpnResponse.OBJECT_NAME);
        return response;
    }

    public WgUserResponse userResponse(WgUser user, WgVpn vpn) {
        WgUserResponse response = new WgUserResponse();
        response.setId(user.getUuid());
        response.setName(user.getName());
        response.setVpnId(vpn == null ? null : vpn.getUuid());
        response.setState(user.getState().toString());
        response.setEnabled(user.isEnabled());
        response.setPublicKey(user.getPublicKey());
        response.setOwnKey(user.isOwnKey());
        response.setIp4Address(user.getIp4Address());
        response.setIp6Address(user.getIp6Address());
        response.setSplitTunnel(user.isSplitTunnel());
        response.setForDisplay(user.isDisplay());
        response.setCreated(user.getCreated());
        populateOwner(response, user.getAccountId(), user.getDomainId());
        response.setAccountId(accountUuid(user.getAccountId()));
        response.setObjectName(WgUserResponse.OBJECT_NAME);
        return response;
    }

    /** Adds what the router reports about the peer; nothing when it reported nothing. */
    public void addLiveState(WgUserResponse response, GetWireGuardVpnStatusAnswer.PeerStatus peer) {
        if (peer == null) {
            return;
        }
        if (peer.getLatestHandshake() > 0) {
            response.setLastHandshake(new Date(peer.getLatestHandshake() * 1000L));
        }
        response.setRxBytes(peer.getRxBytes());
        response.setTxBytes(peer.getTxBytes());
        response.setEndpoint(peer.getEndpoint());
    }

    private String accountUuid(long accountId) {
        Account account = accountManager.getAccount(accountId);
        return account == null ? null : account.getUuid();
    }

    // As CloudStack fills owners: a project's objects name the project, others the account.
    private void populateOwner(ControlledEntityResponse response, long accountId, long domainId) {
        Account account = accountManager.getAccount(accountId);
        Project project = account != null && account.getType() == Account.Type.PROJECT && projectService != null
                ? projectService.findByProjectAccountId(accountId) : null;
        if (project != null) {
            response.setProjectId(project.getUuid());
            response.setProjectName(project.getName());
        } else if (account != null) {
            response.setAccountName(account.getAccountName());
        }
        Domain domain = entityManager.findById(Domain.class, domainId);
        if (domain != null) {
            response.setDomainId(domain.getUuid());
            response.setDomainName(domain.getName());
            response.setDomainPath(prettyDomainPath(domain.getPath()));
        }
    }

    /**
     * The domain path as CloudStack shows it in every response (ApiResponseHelper.getPrettyDomainPath): "ROOT" for
     * the root domain's "/", "ROOT/child" for "/child/". The UI shows it; the raw path is for the login only.
     */
    static String prettyDomainPath(String path) {
        if (path == null) {
            return null;
        }
        return "ROOT" + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
}
