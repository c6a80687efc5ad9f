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
package org.apache.cloudstack.devcloud.network.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.cloudstack.api.response.ControlledEntityResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.DomainPaths;
import org.apache.cloudstack.devcloud.network.DataCenterDaoImpl;
import org.apache.cloudstack.devcloud.network.DataCenterVO;
import org.apache.cloudstack.devcloud.network.DevCloudNetworkModel;
import org.apache.cloudstack.devcloud.network.DomainRouterDaoImpl;
import org.apache.cloudstack.devcloud.network.DomainRouterVO;
import org.apache.cloudstack.devcloud.network.FirewallRuleVO;
import org.apache.cloudstack.devcloud.network.FirewallRulesDaoImpl;
import org.apache.cloudstack.devcloud.network.IPAddressDaoImpl;
import org.apache.cloudstack.devcloud.network.IPAddressVO;
import org.apache.cloudstack.devcloud.network.NetworkDaoImpl;
import org.apache.cloudstack.devcloud.network.NetworkVO;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnDaoImpl;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnVO;
import org.apache.cloudstack.devcloud.network.VlanDaoImpl;
import org.apache.cloudstack.devcloud.network.VlanVO;
import org.apache.cloudstack.devcloud.network.api.response.CapabilityResponse;
import org.apache.cloudstack.devcloud.network.api.response.DomainRouterResponse;
import org.apache.cloudstack.devcloud.network.api.response.FirewallRuleResponse;
import org.apache.cloudstack.devcloud.network.api.response.NetworkDetailsResponse;
import org.apache.cloudstack.devcloud.network.api.response.NetworkServiceProviderResponse;
import org.apache.cloudstack.devcloud.network.api.response.NetworkServiceResponse;
import org.apache.cloudstack.devcloud.network.api.response.PublicIpAddressResponse;
import org.apache.cloudstack.devcloud.network.api.response.RemoteAccessVpnResponse;
import org.apache.cloudstack.devcloud.network.api.response.ZoneDetailsResponse;
import org.apache.cloudstack.devcloud.vr.PublicSegment;
import org.springframework.beans.factory.annotation.Autowired;

import com.cloud.domain.Domain;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.Network.Capability;
import com.cloud.network.Network.Service;
import com.cloud.network.Networks.TrafficType;
import com.cloud.network.element.NetworkElement;
import com.cloud.network.rules.FirewallRule;
import com.cloud.projects.Project.ListProjectResourcesCriteria;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;

/**
 * The network-side list calls, with CloudStack's access rules: every list of owned entities goes through
 * AccountManager.buildACLSearchParameters/Builder/Criteria exactly as CloudStack's list commands do, and explicit
 * ids of networks and IPs a caller passes are access-checked. Builds the response objects too.
 */
public class NetworkQueryService {
    /** devcloud's one physical network carries every network; CloudStack would give it a row in physical_network. */
    public static final String PHYSICAL_NETWORK_UUID = UUID.nameUUIDFromBytes("devcloud-physical-network-1".getBytes()).toString();
    public static final String OFFERING_NAME = "DefaultIsolatedNetworkOfferingWithSourceNatService";
    public static final String OFFERING_TEXT = "Offering for Isolated networks with Source Nat service enabled";

    @Inject
    private AccountManager accountManager;
    @Inject
    private EntityManager entityManager;
    @Inject
    private DataCenterDaoImpl zoneDao;
    @Inject
    private NetworkDaoImpl networkDao;
    @Inject
    private IPAddressDaoImpl ipAddressDao;
    @Inject
    private VlanDaoImpl vlanDao;
    @Inject
    private FirewallRulesDaoImpl rulesDao;
    @Inject
    private RemoteAccessVpnDaoImpl remoteAccessVpnDao;
    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private DevCloudNetworkModel networkModel;
    @Autowired(required = false)
    private List<NetworkElement> networkElements = new ArrayList<>();

    private static Account caller() {
        return CallContext.current().getCallingAccount();
    }

    /** The ACL part of a CloudStack list: who may be listed, as (domainId, isRecursive, criteria) plus permitted accounts. */
    private final class Acl {
        final List<Long> permittedAccounts = new ArrayList<>();
        final Long domainId;
        final boolean isRecursive;
        final ListProjectResourcesCriteria criteria;

        Acl(Long id, String accountName, Long projectId, Long domainId, boolean isRecursive, boolean listAll) {
            Ternary<Long, Boolean, ListProjectResourcesCriteria> domainIdRecursiveListProject = new Ternary<>(domainId, isRecursive, null);
            accountManager.buildACLSearchParameters(caller(), id, accountName, projectId, permittedAccounts, domainIdRecursiveListProject, listAll, false);
            this.domainId = domainIdRecursiveListProject.first();
            this.isRecursive = Boolean.TRUE.equals(domainIdRecursiveListProject.second());
            this.criteria = domainIdRecursiveListProject.third();
        }

        void build(SearchBuilder<? extends org.apache.cloudstack.acl.ControlledEntity> sb) {
            accountManager.buildACLSearchBuilder(sb, domainId, isRecursive, permittedAccounts, criteria);
        }

        void apply(SearchCriteria<? extends org.apache.cloudstack.acl.ControlledEntity> sc) {
            accountManager.buildACLSearchCriteria(sc, domainId, isRecursive, permittedAccounts, criteria);
        }
    }

    private static void setIfNotNull(SearchCriteria<?> sc, String name, Object value) {
        if (value != null) {
            sc.setParameters(name, value);
        }
    }

    /** The parameter and access checks of a list devcloud answers empty (listVPCs): the same errors as any other list. */
    public void checkListParameters(Long id, String accountName, Long projectId, Long domainId, boolean isRecursive, boolean listAll) {
        new Acl(id, accountName, projectId, domainId, isRecursive, listAll);
    }

    // ---- zones ----

    public Pair<List<DataCenterVO>, Integer> searchForZones(Long id, String name, String networkType, String keyword, Long startIndex, Long pageSize) {
        SearchBuilder<DataCenterVO> sb = zoneDao.createSearchBuilder();
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.EQ);
        sb.and("networkType", sb.entity().getNetworkType(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<DataCenterVO> sc = sb.create();
        setIfNotNull(sc, "id", id);
        setIfNotNull(sc, "name", name);
        if (networkType != null) {
            sc.setParameters("networkType", parseEnum(com.cloud.dc.DataCenter.NetworkType.class, networkType, "networktype"));
        }
        if (keyword != null) {
            sc.setParameters("keyword", "%" + keyword + "%");
        }
        // a zone dedicated to a domain is visible to that domain only; devcloud's zone is public (domain_id NULL)
        Account caller = caller();
        List<DataCenterVO> visible = new ArrayList<>();
        for (DataCenterVO zone : zoneDao.search(sc, new Filter(DataCenterVO.class, "id", true, null, null))) {
            if (zone.getDomainId() == null || accountManager.isRootAdmin(caller.getId()) || zone.getDomainId() == caller.getDomainId()) {
                visible.add(zone);
            }
        }
        return page(visible, startIndex, pageSize);
    }

    public ZoneDetailsResponse zoneResponse(DataCenterVO zone) {
        ZoneDetailsResponse r = new ZoneDetailsResponse();
        r.setId(zone.getUuid());
        r.setName(zone.getName());
        r.setDescription(zone.getDescription());
        r.setDns(zone.getDns1(), zone.getDns2(), zone.getIp6Dns1(), zone.getIp6Dns2(), zone.getInternalDns1(), zone.getInternalDns2());
        r.setGuestCidrAddress(zone.getGuestNetworkCidr());
        r.setDomain(zone.getDomain());
        if (zone.getDomainId() != null) {
            Domain domain = entityManager.findById(Domain.class, zone.getDomainId());
            if (domain != null) {
                r.setDomainId(domain.getUuid());
                r.setDomainName(domain.getName());
            }
        }
        r.setNetworkType(zone.getNetworkType().toString());
        r.setSecurityGroupsEnabled(zone.isSecurityGroupEnabled());
        r.setAllocationState(zone.getAllocationState());
        r.setZoneToken(zone.getZoneToken());
        r.setDhcpProvider(Network.Provider.VirtualRouter.getName());
        r.setLocalStorageEnabled(false);
        r.setType("Core");
        r.setHasAnnotations(false);
        return r;
    }

    // ---- public IPs ----

    public static final class IpSearch {
        public Long id;
        public String ipAddress;
        public Long associatedNetworkId;
        public Long networkId;
        public Long zoneId;
        public Long vlanId;
        public Long vpcId;
        public Boolean isSourceNat;
        public Boolean isStaticNat;
        public Boolean allocatedOnly;
        public Boolean forVirtualNetwork;
        public Boolean display;
        public String state;
        public String keyword;
        public String accountName;
        public Long domainId;
        public Long projectId;
        public boolean isRecursive;
        public boolean listAll;
        public Long startIndex;
        public Long pageSize;
    }

    /** ManagementServerImpl.searchForIPAddresses for the virtual-network IPs devcloud has: allocated ones by ACL, free ones on request. */
    public Pair<List<IPAddressVO>, Integer> searchForIpAddresses(IpSearch q) {
        List<IpAddress.State> states = new ArrayList<>();
        if (q.state != null && !q.state.isBlank()) {
            for (String s : q.state.split(",")) {
                states.add(parseEnum(IpAddress.State.class, s.trim(), "state", "Invalid state: " + s));
            }
        }
        boolean wantsFree = states.contains(IpAddress.State.Free) || states.contains(IpAddress.State.Reserved);
        boolean allocated;
        if (q.allocatedOnly == null) {
            allocated = !wantsFree;
        } else {
            if (wantsFree && q.allocatedOnly) {
                throw new InvalidParameterValueException("Conflict: allocatedonly is true but state is Free");
            }
            allocated = q.allocatedOnly || states.contains(IpAddress.State.Allocated);
        }
        if (Boolean.FALSE.equals(q.forVirtualNetwork)) {
            // devcloud has no direct-attached (shared network) ranges
            return new Pair<>(new ArrayList<>(), 0);
        }
        Account caller = caller();
        if (q.associatedNetworkId != null) {
            NetworkVO associated = networkDao.findById(q.associatedNetworkId);
            if (associated != null) {
                accountManager.checkAccess(caller, null, false, associated);
            }
        }

        List<IPAddressVO> found = new ArrayList<>(searchIps(q, states, true));
        if (!allocated) {
            found.addAll(searchIps(q, states.isEmpty() ? List.of(IpAddress.State.Free) : states, false));
        }
        found.sort(Comparator.comparing(ip -> NetUtils.ip2Long(ip.getAddressString())));
        return page(found, q.startIndex, q.pageSize);
    }

    private List<IPAddressVO> searchIps(IpSearch q, List<IpAddress.State> states, boolean allocatedPart) {
        SearchBuilder<IPAddressVO> sb = ipAddressDao.createSearchBuilder();
        Acl acl = null;
        if (allocatedPart) {
            acl = new Acl(q.id, q.accountName, q.projectId, q.domainId, q.isRecursive, q.listAll);
            acl.build(sb);
            sb.and("allocated", sb.entity().getAllocatedTime(), SearchCriteria.Op.NNULL);
        } else {
            sb.and("free", sb.entity().getState(), SearchCriteria.Op.EQ);
        }
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("address", sb.entity().getAddress(), SearchCriteria.Op.EQ);
        sb.and("addressLIKE", sb.entity().getAddress(), SearchCriteria.Op.LIKE);
        sb.and("dataCenterId", sb.entity().getDataCenterId(), SearchCriteria.Op.EQ);
        sb.and("vlanDbId", sb.entity().getVlanId(), SearchCriteria.Op.EQ);
        sb.and("associatedNetworkIdEq", sb.entity().getAssociatedWithNetworkId(), SearchCriteria.Op.EQ);
        sb.and("sourceNetworkId", sb.entity().getSourceNetworkId(), SearchCriteria.Op.EQ);
        sb.and("isSourceNat", sb.entity().isSourceNat(), SearchCriteria.Op.EQ);
        sb.and("isStaticNat", sb.entity().isOneToOneNat(), SearchCriteria.Op.EQ);
        sb.and("vpcId", sb.entity().getVpcId(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.IN);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.done();
        SearchCriteria<IPAddressVO> sc = sb.create();
        if (acl != null) {
            acl.apply(sc);
        } else {
            sc.setParameters("free", IpAddress.State.Free);
        }
        setIfNotNull(sc, "id", q.id);
        if (q.ipAddress != null) {
            sc.setParameters("address", q.ipAddress);
        } else if (q.keyword != null) {
            sc.setParameters("addressLIKE", "%" + q.keyword + "%");
        }
        setIfNotNull(sc, "dataCenterId", q.zoneId);
        setIfNotNull(sc, "vlanDbId", q.vlanId);
        setIfNotNull(sc, "associatedNetworkIdEq", q.associatedNetworkId);
        setIfNotNull(sc, "sourceNetworkId", q.networkId);
        setIfNotNull(sc, "isSourceNat", q.isSourceNat);
        setIfNotNull(sc, "isStaticNat", q.isStaticNat);
        setIfNotNull(sc, "vpcId", q.vpcId);
        setIfNotNull(sc, "display", q.display);
        if (!states.isEmpty()) {
            sc.setParameters("state", states.toArray());
        }
        return ipAddressDao.search(sc, null);
    }

    public PublicIpAddressResponse ipResponse(IPAddressVO ip) {
        PublicIpAddressResponse r = new PublicIpAddressResponse();
        r.setId(ip.getUuid());
        r.setIpAddress(ip.getAddressString());
        r.setAllocated(ip.getAllocatedTime());
        DataCenterVO zone = zoneDao.findById(ip.getDataCenterId());
        if (zone != null) {
            r.setZone(zone.getUuid(), zone.getName());
        }
        r.setSourceNat(ip.isSourceNat());
        r.setStaticNat(ip.isOneToOneNat());
        r.setSystem(ip.getSystem());
        r.setForVirtualNetwork(true);
        r.setPortable(ip.isPortable());
        r.setForDisplay(ip.isDisplay());
        r.setState(ip.getState().toString());
        VlanVO vlan = vlanDao.findById(ip.getVlanId());
        if (vlan != null) {
            r.setVlan(vlan.getUuid(), vlan.getVlanTag());
        }
        r.setPhysicalNetworkId(PHYSICAL_NETWORK_UUID);
        NetworkVO source = networkDao.findById(ip.getSourceNetworkId());
        if (source != null) {
            r.setNetworkId(source.getUuid());
        }
        if (ip.getAssociatedWithNetworkId() != null) {
            NetworkVO associated = networkDao.findById(ip.getAssociatedWithNetworkId());
            if (associated != null) {
                r.setAssociatedNetwork(associated.getUuid(), associated.getName());
            }
        }
        if (ip.getAllocatedToAccountId() != null) {
            owner(r, ip.getAllocatedToAccountId(), ip.getAllocatedInDomainId());
        }
        return r;
    }

    // ---- networks ----

    public static final class NetworkSearch {
        public Long id;
        public String name;
        public Long zoneId;
        public String guestType;
        public String trafficType;
        public String aclType;
        public Boolean isSystem;
        public Boolean restartRequired;
        public Boolean specifyIpRanges;
        public Long vpcId;
        public Boolean forVpc;
        public Boolean canUseForDeploy;
        public Boolean display;
        public String keyword;
        public String accountName;
        public Long domainId;
        public Long projectId;
        public boolean isRecursive;
        public boolean listAll;
        public Long startIndex;
        public Long pageSize;
    }

    /** NetworkServiceImpl.searchForNetworks for devcloud's account-owned networks; system networks only for the root admin. */
    public Pair<List<NetworkVO>, Integer> searchForNetworks(NetworkSearch q) {
        Account caller = caller();
        boolean rootAdmin = accountManager.isRootAdmin(caller.getId());
        if (Boolean.TRUE.equals(q.isSystem) && !rootAdmin) {
            // CloudStack shows system networks to the root admin only; others get an empty list
            return new Pair<>(new ArrayList<>(), 0);
        }
        if (q.id != null) {
            NetworkVO network = networkDao.findById(q.id);
            if (network == null) {
                throw new InvalidParameterValueException("Unable to find network by id " + q.id);
            }
            if (network.getTrafficType() == TrafficType.Guest) {
                accountManager.checkAccess(caller, null, false, network);
            }
        }
        Acl acl = new Acl(q.id, q.accountName, q.projectId, q.domainId, q.isRecursive, q.listAll);
        SearchBuilder<NetworkVO> sb = networkDao.createSearchBuilder();
        boolean system = Boolean.TRUE.equals(q.isSystem);
        if (!system) {
            acl.build(sb);
        }
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.and("dataCenterId", sb.entity().getDataCenterId(), SearchCriteria.Op.EQ);
        sb.and("guestType", sb.entity().getGuestType(), SearchCriteria.Op.EQ);
        sb.and("trafficType", sb.entity().getTrafficType(), SearchCriteria.Op.EQ);
        sb.and("guestTraffic", sb.entity().getTrafficType(), system ? SearchCriteria.Op.NEQ : SearchCriteria.Op.EQ);
        sb.and("aclType", sb.entity().getAclType(), SearchCriteria.Op.EQ);
        sb.and("restartRequired", sb.entity().isRestartRequired(), SearchCriteria.Op.EQ);
        sb.and("specifyIpRanges", sb.entity().getSpecifyIpRanges(), SearchCriteria.Op.EQ);
        sb.and("vpcId", sb.entity().getVpcId(), SearchCriteria.Op.EQ);
        if (q.forVpc != null) {
            // value-less conditions always apply: only when asked for
            sb.and("forVpc", sb.entity().getVpcId(), q.forVpc ? SearchCriteria.Op.NNULL : SearchCriteria.Op.NULL);
        }
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.and("states", sb.entity().getState(), SearchCriteria.Op.IN);
        sb.done();
        SearchCriteria<NetworkVO> sc = sb.create();
        if (!system) {
            acl.apply(sc);
        }
        // a guest network list unless system networks were asked for (those are the zone's public network here)
        sc.setParameters("guestTraffic", TrafficType.Guest);
        setIfNotNull(sc, "id", q.id);
        setIfNotNull(sc, "name", q.name);
        if (q.keyword != null) {
            sc.setParameters("keyword", "%" + q.keyword + "%");
        }
        setIfNotNull(sc, "dataCenterId", q.zoneId);
        if (q.guestType != null) {
            sc.setParameters("guestType", parseEnum(Network.GuestType.class, q.guestType, "type"));
        }
        if (q.trafficType != null) {
            sc.setParameters("trafficType", parseEnum(TrafficType.class, q.trafficType, "traffictype"));
        }
        if (q.aclType != null) {
            sc.setParameters("aclType", parseEnum(org.apache.cloudstack.acl.ControlledEntity.ACLType.class, q.aclType, "acltype"));
        }
        setIfNotNull(sc, "restartRequired", q.restartRequired);
        setIfNotNull(sc, "specifyIpRanges", q.specifyIpRanges);
        setIfNotNull(sc, "vpcId", q.vpcId);
        setIfNotNull(sc, "display", q.display);
        if (Boolean.TRUE.equals(q.canUseForDeploy)) {
            sc.setParameters("states", Network.State.Allocated, Network.State.Setup, Network.State.Implemented, Network.State.Implementing);
        }
        return networkDao.searchAndCount(sc, new Filter(NetworkVO.class, "id", true, q.startIndex, q.pageSize));
    }

    public NetworkDetailsResponse networkResponse(NetworkVO n) {
        NetworkDetailsResponse r = new NetworkDetailsResponse();
        r.setId(n.getUuid());
        r.setName(n.getName());
        r.setDisplayText(n.getDisplayText());
        String uri = n.getBroadcastUri() == null ? null : n.getBroadcastUri().toString();
        String vlan = uri != null && uri.startsWith("vlan://") ? uri.substring("vlan://".length()) : null;
        r.setBroadcast(n.getBroadcastDomainType() == null ? null : n.getBroadcastDomainType().toString(), uri, vlan);
        r.setTrafficType(n.getTrafficType().toString());
        String netmask = n.getCidr() == null ? null : NetUtils.getCidrNetmask(Long.parseLong(n.getCidr().substring(n.getCidr().indexOf('/') + 1)));
        r.setAddressing(n.getCidr(), n.getGateway(), netmask);
        DataCenterVO zone = zoneDao.findById(n.getDataCenterId());
        if (zone != null) {
            r.setZone(zone.getUuid(), zone.getName());
        }
        boolean guest = n.getTrafficType() == TrafficType.Guest;
        r.setSystem(!guest);
        r.setState(n.getState().toString());
        r.setRelated(n.getUuid());
        r.setDns(n.getDns1(), n.getDns2());
        r.setType(n.getGuestType() == null ? null : n.getGuestType().toString());
        r.setAclType(n.getAclType() == null ? null : n.getAclType().toString());
        r.setNetworkDomain(n.getNetworkDomain());
        r.setPhysicalNetworkId(PHYSICAL_NETWORK_UUID);
        r.setRestartRequired(n.isRestartRequired());
        r.setSpecifyIpRanges(n.getSpecifyIpRanges());
        r.setDisplayNetwork(n.getDisplayNetwork());
        r.setStrechedL2Subnet(false);
        r.setCreated(n.getCreated());
        r.setHasAnnotations(false);
        r.setMtu(n.getPublicMtu(), n.getPrivateMtu());
        if (guest) {
            r.setNetworkOffering(OFFERING_NAME, OFFERING_TEXT, true, "Required");
            r.setIsDefault(true);
            r.setCanUseForDeploy(true);
            r.setPersistent(false);
            r.setRedundantRouter(false);
            r.setEgressDefaultPolicy(true);
            r.setInternetProtocol("IPv4");
            r.setServices(services(n));
        }
        owner(r, n.getAccountId(), n.getDomainId());
        return r;
    }

    /** The network's services with their providers: the offering's, all VirtualRouter, and any plugin element that handles them here. */
    List<NetworkServiceResponse> services(NetworkVO n) {
        List<NetworkServiceResponse> services = new ArrayList<>();
        for (Service service : networkModel.getServices(n.getId())) {
            NetworkServiceResponse s = new NetworkServiceResponse();
            s.setName(service.getName());
            List<NetworkServiceProviderResponse> providers = new ArrayList<>();
            providers.add(NetworkServiceProviderResponse.named(Network.Provider.VirtualRouter.getName()));
            s.setProviders(providers);
            List<CapabilityResponse> caps = new ArrayList<>();
            for (Map.Entry<Capability, String> cap : networkModel.getNetworkServiceCapabilities(n.getId(), service).entrySet()) {
                caps.add(new CapabilityResponse(cap.getKey().getName(), cap.getValue()));
            }
            s.setCapabilities(caps);
            services.add(s);
        }
        return services;
    }

    // ---- routers ----

    public static final class RouterSearch {
        public Long id;
        public String name;
        public String state;
        public Long zoneId;
        public Long networkId;
        public Long vpcId;
        public Boolean forVpc;
        public String version;
        public String accountName;
        public Long domainId;
        public Long projectId;
        public boolean isRecursive;
        public boolean listAll;
        public Long startIndex;
        public Long pageSize;
    }

    public Pair<List<DomainRouterVO>, Integer> searchForRouters(RouterSearch q) {
        Acl acl = new Acl(q.id, q.accountName, q.projectId, q.domainId, q.isRecursive, q.listAll);
        SearchBuilder<DomainRouterVO> sb = routerDao.createSearchBuilder();
        acl.build(sb);
        sb.and("type", sb.entity().getType(), SearchCriteria.Op.EQ);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getHostName(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.EQ);
        sb.and("dataCenterId", sb.entity().getDataCenterId(), SearchCriteria.Op.EQ);
        sb.done();
        SearchCriteria<DomainRouterVO> sc = sb.create();
        acl.apply(sc);
        sc.setParameters("type", VirtualMachine.Type.DomainRouter);
        setIfNotNull(sc, "id", q.id);
        setIfNotNull(sc, "name", q.name);
        if (q.state != null) {
            sc.setParameters("state", parseEnum(VirtualMachine.State.class, q.state, "state"));
        }
        setIfNotNull(sc, "dataCenterId", q.zoneId);
        if (q.vpcId != null || Boolean.TRUE.equals(q.forVpc) || (q.version != null && !"devcloud".equals(q.version))) {
            // no VPC routers, and every router runs the scripts of this source tree
            return new Pair<>(new ArrayList<>(), 0);
        }
        List<DomainRouterVO> routers = routerDao.searchRouters(sc, new Filter(DomainRouterVO.class, "id", true, null, null)).first();
        if (q.networkId != null) {
            routers = routers.stream().filter(r -> q.networkId.equals(r.getNetworkId())).collect(Collectors.toList());
        }
        return page(routers, q.startIndex, q.pageSize);
    }

    public DomainRouterResponse routerResponse(DomainRouterVO router) {
        DomainRouterResponse r = new DomainRouterResponse();
        r.setId(router.getUuid());
        r.setName(router.getInstanceName());
        r.setState(router.getState().toString());
        r.setCreated(router.getCreated());
        DataCenterVO zone = zoneDao.findById(router.getDataCenterId());
        if (zone != null) {
            r.setZone(zone.getUuid(), zone.getName());
        }
        if (router.getHostId() != null) {
            r.setHost(UUID.nameUUIDFromBytes(("devcloud-host-" + router.getHostId()).getBytes()).toString(), "devcloud");
        }
        r.setLinkLocal(router.getPrivateIpAddress(), "255.255.0.0");
        NetworkVO publicNetwork = networkDao.listAll().stream().filter(n -> n.getTrafficType() == TrafficType.Public).findFirst().orElse(null);
        r.setPublic(router.getPublicIpAddress(), PublicSegment.NETMASK, publicNetwork == null ? null : publicNetwork.getUuid());
        r.setGateway(PublicSegment.HOST_ADDRESS);
        if (router.getNetworkId() != null) {
            NetworkVO guest = networkDao.findById(router.getNetworkId());
            if (guest != null) {
                String netmask = NetUtils.getCidrNetmask(Long.parseLong(guest.getCidr().substring(guest.getCidr().indexOf('/') + 1)));
                r.setGuest(guest.getGateway(), netmask, guest.getUuid(), guest.getName());
                r.setDns(guest.getDns1(), guest.getDns2());
                r.setNetworkDomain(guest.getNetworkDomain());
            }
        }
        r.setRedundancy(router.getIsRedundantRouter(), router.getRedundantState().toString());
        r.setVersions(router.getTemplateVersion(), router.getScriptsVersion());
        r.setRole(router.getRole().toString());
        r.setRequiresUpgrade(false);
        owner(r, router.getAccountId(), router.getDomainId());
        return r;
    }

    // ---- providers ----

    /** The providers of devcloud's one physical network: the VirtualRouter, and every plugin network element (WireGuardVpn...). */
    public List<NetworkServiceProviderResponse> listProviders(String physicalNetworkId, String name, String state) {
        Map<String, List<String>> providers = new LinkedHashMap<>();
        providers.put(Network.Provider.VirtualRouter.getName(),
            DevCloudNetworkModel.ISOLATED_SERVICES.stream().map(Service::getName).collect(Collectors.toList()));
        for (NetworkElement element : networkElements) {
            if (element.getProvider() == null || providers.containsKey(element.getProvider().getName())) {
                continue;
            }
            Map<Service, Map<Capability, String>> caps = element.getCapabilities();
            providers.put(element.getProvider().getName(), caps == null ? List.of() : caps.keySet().stream().map(Service::getName).collect(Collectors.toList()));
        }
        List<NetworkServiceProviderResponse> result = new ArrayList<>();
        if (physicalNetworkId != null && !PHYSICAL_NETWORK_UUID.equals(physicalNetworkId)) {
            return result;
        }
        for (Map.Entry<String, List<String>> p : providers.entrySet()) {
            if (name != null && !name.equalsIgnoreCase(p.getKey()) || state != null && !"Enabled".equalsIgnoreCase(state)) {
                continue;
            }
            NetworkServiceProviderResponse r = new NetworkServiceProviderResponse();
            r.setId(UUID.nameUUIDFromBytes(("devcloud-provider-" + p.getKey()).getBytes()).toString());
            r.setName(p.getKey());
            r.setPhysicalNetworkId(PHYSICAL_NETWORK_UUID);
            r.setState("Enabled");
            r.setServices(p.getValue());
            r.setCanEnableIndividualServices(true);
            result.add(r);
        }
        return result;
    }

    // ---- firewall rules ----

    public static final class FirewallRuleSearch {
        public Long id;
        public Long ipAddressId;
        public Long networkId;
        public Boolean display;
        public String keyword;
        public String accountName;
        public Long domainId;
        public Long projectId;
        public boolean isRecursive;
        public boolean listAll;
        public Long startIndex;
        public Long pageSize;
    }

    /** FirewallManagerImpl.listFirewallRules: the ingress Firewall-purpose rules the caller may see, of an IP (access-checked) or network. */
    public Pair<List<FirewallRuleVO>, Integer> searchForFirewallRules(FirewallRuleSearch q) {
        Account caller = caller();
        if (q.ipAddressId != null) {
            IPAddressVO ip = ipAddressDao.findById(q.ipAddressId);
            if (ip == null || !ip.readyToUse()) {
                throw new InvalidParameterValueException("Ip address id=" + q.ipAddressId + " not ready for firewall rules yet");
            }
            accountManager.checkAccess(caller, null, true, ip);
        }
        Acl acl = new Acl(q.id, q.accountName, q.projectId, q.domainId, q.isRecursive, q.listAll);
        SearchBuilder<FirewallRuleVO> sb = rulesDao.createSearchBuilder();
        acl.build(sb);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("ip", sb.entity().getSourceIpAddressId(), SearchCriteria.Op.EQ);
        sb.and("networkId", sb.entity().getNetworkId(), SearchCriteria.Op.EQ);
        sb.and("purpose", sb.entity().getPurpose(), SearchCriteria.Op.EQ);
        sb.and("trafficType", sb.entity().getTrafficType(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.done();
        SearchCriteria<FirewallRuleVO> sc = sb.create();
        acl.apply(sc);
        setIfNotNull(sc, "id", q.id);
        setIfNotNull(sc, "ip", q.ipAddressId);
        setIfNotNull(sc, "networkId", q.networkId);
        setIfNotNull(sc, "display", q.display);
        sc.setParameters("purpose", FirewallRule.Purpose.Firewall);
        sc.setParameters("trafficType", FirewallRule.TrafficType.Ingress);
        Pair<List<FirewallRuleVO>, Integer> found = rulesDao.searchAndCount(sc, new Filter(FirewallRuleVO.class, "id", false, q.startIndex, q.pageSize));
        found.first().forEach(rulesDao::loadSourceCidrs);
        return found;
    }

    public FirewallRuleResponse firewallRuleResponse(FirewallRuleVO rule) {
        FirewallRuleResponse r = new FirewallRuleResponse();
        r.setId(rule.getUuid());
        r.setProtocol(rule.getProtocol());
        r.setPorts(rule.getSourcePortStart(), rule.getSourcePortEnd());
        if (rule.getSourceIpAddressId() != null) {
            IPAddressVO ip = ipAddressDao.findById(rule.getSourceIpAddressId());
            if (ip != null) {
                r.setPublicIp(ip.getUuid(), ip.getAddressString());
            }
        }
        NetworkVO network = networkDao.findById(rule.getNetworkId());
        if (network != null) {
            r.setNetworkId(network.getUuid());
        }
        FirewallRule.State state = rule.getState();
        // CloudStack shows a rule on its way to the router as Add and a rule being revoked as Deleting
        r.setState(state == FirewallRule.State.Revoke ? "Deleting" : state.toString());
        List<String> cidrs = rule.getSourceCidrList();
        r.setCidrList(cidrs == null ? "" : String.join(",", cidrs));
        r.setIcmp(rule.getIcmpType(), rule.getIcmpCode());
        r.setForDisplay(rule.isDisplay());
        r.setDestCidrList("");
        r.setTrafficType(rule.getTrafficType() == null ? null : rule.getTrafficType().toString());
        return r;
    }

    // ---- remote-access VPNs ----

    public static final class RemoteAccessVpnSearch {
        public Long id;
        public Long publicIpId;
        public Long networkId;
        public Boolean display;
        public String accountName;
        public Long domainId;
        public Long projectId;
        public boolean isRecursive;
        public boolean listAll;
        public Long startIndex;
        public Long pageSize;
    }

    /** RemoteAccessVpnManagerImpl.searchForRemoteAccessVpns: Running VPNs only. */
    public Pair<List<RemoteAccessVpnVO>, Integer> searchForRemoteAccessVpns(RemoteAccessVpnSearch q) {
        Account caller = caller();
        if (q.publicIpId != null) {
            IPAddressVO ip = ipAddressDao.findById(q.publicIpId);
            if (ip == null) {
                throw new InvalidParameterValueException("Unable to find IP address by id " + q.publicIpId);
            }
            if (ip.getAllocatedToAccountId() == null) {
                throw new InvalidParameterValueException("The IP address id=" + q.publicIpId + " is not allocated");
            }
            accountManager.checkAccess(caller, null, true, ip);
        }
        Acl acl = new Acl(q.id, q.accountName, q.projectId, q.domainId, q.isRecursive, q.listAll);
        SearchBuilder<RemoteAccessVpnVO> sb = remoteAccessVpnDao.createSearchBuilder();
        acl.build(sb);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("serverAddressId", sb.entity().getServerAddressId(), SearchCriteria.Op.EQ);
        sb.and("networkId", sb.entity().getNetworkId(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.done();
        SearchCriteria<RemoteAccessVpnVO> sc = sb.create();
        acl.apply(sc);
        sc.setParameters("state", RemoteAccessVpnVO.State.Running);
        setIfNotNull(sc, "id", q.id);
        setIfNotNull(sc, "serverAddressId", q.publicIpId);
        setIfNotNull(sc, "networkId", q.networkId);
        setIfNotNull(sc, "display", q.display);
        return remoteAccessVpnDao.searchAndCount(sc, new Filter(RemoteAccessVpnVO.class, "serverAddressId", false, q.startIndex, q.pageSize));
    }

    public RemoteAccessVpnResponse remoteAccessVpnResponse(RemoteAccessVpnVO vpn) {
        RemoteAccessVpnResponse r = new RemoteAccessVpnResponse();
        r.setId(vpn.getUuid());
        IPAddressVO ip = ipAddressDao.findById(vpn.getServerAddressId());
        if (ip != null) {
            r.setPublicIp(ip.getUuid(), ip.getAddressString());
        }
        r.setIpRange(vpn.getIpRange());
        r.setPresharedKey(vpn.getIpsecPresharedKey());
        r.setState(vpn.getState().toString());
        r.setForDisplay(vpn.isDisplay());
        owner(r, vpn.getAccountId(), vpn.getDomainId());
        return r;
    }

    // ---- helpers ----

    /** ApiResponseHelper.populateOwner: account name, domain id, name and path. */
    private void owner(ControlledEntityResponse r, long accountId, long domainId) {
        Account account = accountManager.getAccount(accountId);
        if (account != null) {
            r.setAccountName(account.getAccountName());
        }
        Domain domain = entityManager.findById(Domain.class, domainId);
        if (domain != null) {
            r.setDomainId(domain.getUuid());
            r.setDomainName(domain.getName());
            r.setDomainPath(DomainPaths.pretty(domain.getPath()));
        }
    }

    private static <T> Pair<List<T>, Integer> page(List<T> all, Long startIndex, Long pageSize) {
        int total = all.size();
        if (pageSize == null || pageSize <= 0) {
            return new Pair<>(all, total);
        }
        int from = (int)Math.min(total, startIndex == null ? 0 : startIndex);
        int to = (int)Math.min(total, from + pageSize);
        return new Pair<>(new ArrayList<>(all.subList(from, to)), total);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String param) {
        return parseEnum(type, value, param, "Invalid value " + value + " for parameter " + param);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String param, String error) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value) || e.toString().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new InvalidParameterValueException(error);
    }
}
