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
package org.apache.cloudstack.api.command.user.vpn;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.WgApiConstants;
import org.apache.cloudstack.api.response.DomainResponse;
import org.apache.cloudstack.api.response.IPAddressResponse;
import org.apache.cloudstack.api.response.ProjectResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.WgVpn;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;

@APICommand(name = CreateWgVpnCmd.APINAME, description = "Creates a WireGuard VPN on a public IP address of an isolated network or VPC served by the virtual router",
        responseObject = WgVpnResponse.class, entityType = {WgVpn.class}, since = WgApiConstants.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class CreateWgVpnCmd extends BaseAsyncCreateCmd {
    public static final String APINAME = "createWgVpn";

    @Inject
    private WgVpnService wgVpnService;

    @Parameter(name = ApiConstants.PUBLIC_IP_ID, type = CommandType.UUID, entityType = IPAddressResponse.class, required = true,
            description = "the public IP address the VPN listens on")
    private Long publicIpId;

    @Parameter(name = ApiConstants.PORT, type = CommandType.INTEGER, description = "the UDP port the VPN listens on (default: setting wireguard.vpn.default.port)")
    private Integer port;

    @Parameter(name = WgApiConstants.IP4_ENABLE, type = CommandType.BOOLEAN, description = "carry IPv4 in the tunnel (default true)")
    private Boolean ip4Enable;

    @Parameter(name = WgApiConstants.IP4_RANGE, type = CommandType.STRING,
            description = "the IPv4 tunnel range as a CIDR (default: setting wireguard.vpn.default.ip4.range); the server takes its first host address")
    private String ip4Range;

    @Parameter(name = WgApiConstants.IP6_ENABLE, type = CommandType.BOOLEAN, description = "carry IPv6 in the tunnel (default false; the network needs IPv6)")
    private Boolean ip6Enable;

    @Parameter(name = WgApiConstants.IP6_RANGE, type = CommandType.STRING, description = "the IPv6 tunnel range as a CIDR, /64 to /120 (required with ip6enable)")
    private String ip6Range;

    @Parameter(name = ApiConstants.OPEN_FIREWALL, type = CommandType.BOOLEAN,
            description = "open the UDP port in the public IP's firewall (default true; a VPC opens it on the router itself)")
    private Boolean openFirewall;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "show the VPN to the end user (default true)")
    private Boolean display;

    @Parameter(name = WgApiConstants.MTU, type = CommandType.INTEGER, description = "the tunnel MTU, 1280-9000 (default: setting wireguard.vpn.mtu)")
    private Integer mtu;

    @Parameter(name = WgApiConstants.KEEPALIVE, type = CommandType.INTEGER,
            description = "PersistentKeepalive in seconds put in client configurations, 0-65535, 0 for none (default: setting wireguard.vpn.keepalive)")
    private Integer keepalive;

    @Parameter(name = WgApiConstants.DNS, type = CommandType.STRING,
            description = "comma-separated DNS servers put in client configurations (default: the router's guest address)")
    private String dns;

    @Parameter(name = ApiConstants.ACCOUNT, type = CommandType.STRING, description = "the account owning the public IP; with domainid")
    private String accountName;

    @Parameter(name = ApiConstants.DOMAIN_ID, type = CommandType.UUID, entityType = DomainResponse.class, description = "the domain of the account owning the public IP")
    private Long domainId;

    @Parameter(name = ApiConstants.PROJECT_ID, type = CommandType.UUID, entityType = ProjectResponse.class, description = "the project owning the public IP")
    private Long projectId;

    public Long getPublicIpId() {
        return publicIpId;
    }

    public Integer getPort() {
        return port;
    }

    public Boolean getIp4Enable() {
        return ip4Enable;
    }

    public String getIp4Range() {
        return ip4Range;
    }

    public Boolean getIp6Enable() {
        return ip6Enable;
    }

    public String getIp6Range() {
        return ip6Range;
    }

    public boolean isOpenFirewall() {
        return openFirewall == null || openFirewall;
    }

    public Boolean getDisplay() {
        return display;
    }

    @Override
    public boolean isDisplay() {
        return display == null || display;
    }

    public Integer getMtu() {
        return mtu;
    }

    public Integer getKeepalive() {
        return keepalive;
    }

    public String getDns() {
        return dns;
    }

    public String getAccountName() {
        return accountName;
    }

    public Long getDomainId() {
        return domainId;
    }

    public Long getProjectId() {
        return projectId;
    }

    private IpAddress getIp() {
        IpAddress ip = _ntwkModel.getIp(publicIpId);
        if (ip == null) {
            throw new InvalidParameterValueException("Unable to find the public IP address");
        }
        return ip;
    }

    @Override
    public long getEntityOwnerId() {
        return getIp().getAccountId();
    }

    @Override
    public String getEventType() {
        return WgVpnEventTypes.EVENT_WG_VPN_CREATE;
    }

    @Override
    public String getEventDescription() {
        return "Creating WireGuard VPN " + getEntityUuid() + " on " + WgEventDescriptions.publicIp(_ntwkModel, publicIpId);
    }

    @Override
    public String getCreateEventType() {
        return WgVpnEventTypes.EVENT_WG_VPN_CREATE;
    }

    @Override
    public String getCreateEventDescription() {
        return "Creating WireGuard VPN on " + WgEventDescriptions.publicIp(_ntwkModel, publicIpId);
    }

    @Override
    public String getSyncObjType() {
        return WgSyncObjects.type(getIp().getVpcId());
    }

    @Override
    public Long getSyncObjId() {
        IpAddress ip = getIp();
        return ip.getVpcId() != null ? ip.getVpcId() : ip.getAssociatedWithNetworkId();
    }

    @Override
    public Long getApiResourceId() {
        return publicIpId;
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.IpAddress;
    }

    @Override
    public void create() {
        WgVpn vpn = wgVpnService.createWgVpn(this);
        setEntityId(vpn.getId());
        setEntityUuid(vpn.getUuid());
    }

    @Override
    public void execute() {
        WgCommandErrors.run(() -> {
            WgVpn vpn = wgVpnService.startWgVpn(getEntityId(), isOpenFirewall());
            WgVpnResponse response = wgVpnService.createWgVpnResponse(vpn);
            response.setResponseName(getCommandName());
            setResponseObject(response);
        });
    }
}
