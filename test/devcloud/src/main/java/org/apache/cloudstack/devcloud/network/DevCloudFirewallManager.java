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
package org.apache.cloudstack.devcloud.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import javax.inject.Inject;

import org.apache.cloudstack.devcloud.vr.IngressRule;
import org.apache.cloudstack.devcloud.vr.RouterNamespace;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.dc.DataCenter;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.rules.FirewallManager;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.FirewallRule.Purpose;
import com.cloud.user.Account;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.net.NetUtils;
import com.cloud.vm.VirtualMachine;

/**
 * Rules on public IPs: CloudStack's conflict detection between port forwarding, load balancing, VPN and firewall
 * rules on one IP (same texts as FirewallManagerImpl.detectRulesConflict), and ingress firewall rules recorded and
 * applied to the routers as CloudStack's VR applies them (mangle FIREWALL_<ip>), then marked Active.
 */
public class DevCloudFirewallManager implements FirewallManager {
    private static final Logger LOGGER = LogManager.getLogger(DevCloudFirewallManager.class);

    @Inject
    private FirewallRulesDaoImpl rulesDao;
    @Inject
    private IPAddressDaoImpl ipAddressDao;
    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private VrHostManager host;

    /**
     * FirewallManagerImpl.detectRulesConflict, case for case and text for text: the new rule (already persisted)
     * against every other rule of its IP that is not being revoked. Firewall rules never conflict with rules of other
     * purposes; port forwarding, load balancing and VPN rules conflict on overlapping ports unless CloudStack's
     * exceptions allow them (a PF rule next to a VPN or PF rule of another protocol, a VPN rule next to a PF or LB
     * rule of another protocol); ICMP duplicates are an InvalidParameterValueException, as there.
     */
    @Override
    public void detectRulesConflict(FirewallRule newRule) throws NetworkRuleConflictException {
        if (newRule.getSourceIpAddressId() == null) {
            return;
        }
        List<FirewallRuleVO> rules = rulesDao.listByIp(newRule.getSourceIpAddressId());
        for (FirewallRuleVO rule : rules) {
            if (rule.getId() == newRule.getId() || rule.getState() == FirewallRule.State.Revoke) {
                continue;
            }
            boolean oneOfRulesIsFirewall = (rule.getPurpose() == Purpose.Firewall || newRule.getPurpose() == Purpose.Firewall)
                && (newRule.getPurpose() != rule.getPurpose() || !newRule.getProtocol().equalsIgnoreCase(rule.getProtocol()));
            // two firewall rules with different CIDRs never conflict: their port ranges are not compared
            boolean bothRulesFirewall = rule.getPurpose() == newRule.getPurpose() && rule.getPurpose() == Purpose.Firewall;
            boolean duplicatedCidrs = false;
            if (bothRulesFirewall) {
                if (rule.getSourceCidrList() == null || newRule.getSourceCidrList() == null) {
                    continue;
                }
                duplicatedCidrs = conflictingCidrs(rule.getSourceCidrList(), newRule.getSourceCidrList())
                    && conflictingCidrs(emptyIfNull(rule.getDestinationCidrList()), emptyIfNull(newRule.getDestinationCidrList()));
            }
            if (!oneOfRulesIsFirewall) {
                if (rule.getPurpose() == Purpose.StaticNat && newRule.getPurpose() != Purpose.StaticNat) {
                    throw new NetworkRuleConflictException("There is 1 to 1 Nat rule specified for the ip address id=" + newRule.getSourceIpAddressId());
                } else if (rule.getPurpose() != Purpose.StaticNat && newRule.getPurpose() == Purpose.StaticNat) {
                    throw new NetworkRuleConflictException("There is already firewall rule specified for the ip address id=" + newRule.getSourceIpAddressId());
                }
            }
            if (rule.getNetworkId() != newRule.getNetworkId() && rule.getState() != FirewallRule.State.Revoke) {
                throw new NetworkRuleConflictException("New rule is for a different network than what's specified in rule " + rule.getXid());
            }
            if (NetUtils.ICMP_PROTO.equalsIgnoreCase(newRule.getProtocol()) && NetUtils.ICMP_PROTO.equalsIgnoreCase(rule.getProtocol())) {
                if (Objects.equals(newRule.getIcmpCode(), rule.getIcmpCode()) && Objects.equals(newRule.getIcmpType(), rule.getIcmpType()) && duplicatedCidrs) {
                    throw new InvalidParameterValueException("New rule conflicts with existing rule id=" + rule.getId());
                }
            }
            boolean notNullPorts = newRule.getSourcePortStart() != null && newRule.getSourcePortEnd() != null && rule.getSourcePortStart() != null
                && rule.getSourcePortEnd() != null;
            boolean nullPorts = newRule.getSourcePortStart() == null && newRule.getSourcePortEnd() == null && rule.getSourcePortStart() == null
                && rule.getSourcePortEnd() == null;
            if (nullPorts && duplicatedCidrs && rule.getProtocol().equalsIgnoreCase(newRule.getProtocol())
                && !NetUtils.ICMP_PROTO.equalsIgnoreCase(newRule.getProtocol())) {
                throw new NetworkRuleConflictException("There is already a firewall rule specified with protocol = " + newRule.getProtocol() + " and no ports");
            }
            if (!notNullPorts || oneOfRulesIsFirewall || (bothRulesFirewall && !duplicatedCidrs)) {
                continue;
            }
            int s1 = rule.getSourcePortStart();
            int e1 = rule.getSourcePortEnd();
            int s2 = newRule.getSourcePortStart();
            int e2 = newRule.getSourcePortEnd();
            if (!(s1 <= e2 && s2 <= e1)) {
                continue;
            }
            boolean differentProtocol = !newRule.getProtocol().equalsIgnoreCase(rule.getProtocol());
            boolean allowPf = (rule.getPurpose() == Purpose.PortForwarding || rule.getPurpose() == Purpose.Vpn) && newRule.getPurpose() == Purpose.PortForwarding
                && differentProtocol;
            boolean allowStaticNat = rule.getPurpose() == Purpose.StaticNat && newRule.getPurpose() == Purpose.StaticNat && differentProtocol;
            boolean allowVpnPf = rule.getPurpose() == Purpose.PortForwarding && newRule.getPurpose() == Purpose.Vpn && differentProtocol;
            boolean allowVpnLb = rule.getPurpose() == Purpose.LoadBalancing && newRule.getPurpose() == Purpose.Vpn && differentProtocol;
            if (!(allowPf || allowStaticNat || allowVpnPf || allowVpnLb)) {
                throw new NetworkRuleConflictException("The range specified, " + s2 + "-" + e2 + ", conflicts with rule " + rule.getId() + " which has "
                    + s1 + "-" + e1);
            }
        }
        LOGGER.debug("No network rule conflicts detected for {} against {} existing rules", newRule, rules.size() - 1);
    }

    /** FirewallManagerImpl.detectConflictingCidrs: both empty, or at least one CIDR in common. */
    static boolean conflictingCidrs(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return true;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }

    private static List<String> emptyIfNull(List<String> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public FirewallRule createIngressFirewallRule(FirewallRule rule) throws NetworkRuleConflictException {
        FirewallRuleVO vo = new FirewallRuleVO(rule.getSourceIpAddressId(), rule.getSourcePortStart(), rule.getSourcePortEnd(), rule.getProtocol(),
            rule.getNetworkId(), rule.getAccountId(), rule.getDomainId(), Purpose.Firewall, rule.getSourceCidrList(), rule.getIcmpCode(), rule.getIcmpType(),
            null, FirewallRule.TrafficType.Ingress);
        return persistChecked(vo);
    }

    @Override
    public FirewallRule createEgressFirewallRule(FirewallRule rule) throws NetworkRuleConflictException {
        FirewallRuleVO vo = new FirewallRuleVO(null, rule.getSourcePortStart(), rule.getSourcePortEnd(), rule.getProtocol(), rule.getNetworkId(),
            rule.getAccountId(), rule.getDomainId(), Purpose.Firewall, rule.getSourceCidrList(), rule.getIcmpCode(), rule.getIcmpType(), null,
            FirewallRule.TrafficType.Egress);
        return persistChecked(vo);
    }

    /** Persists a rule in state Staged, checks it against the IP's other rules, then moves it to Add; a conflict removes it again. */
    FirewallRuleVO persistChecked(FirewallRuleVO vo) throws NetworkRuleConflictException {
        FirewallRuleVO saved = rulesDao.persist(vo);
        try {
            detectRulesConflict(saved);
        } catch (NetworkRuleConflictException e) {
            rulesDao.removeRule(saved.getId());
            throw e;
        }
        saved.setState(FirewallRule.State.Add);
        rulesDao.update(saved.getId(), saved);
        return saved;
    }

    /**
     * FirewallManagerImpl.createRuleForAllCidrs: an ingress rule for 0.0.0.0/0 on the port range, related to the rule
     * that opened it; when the IP already has a firewall rule for that range and protocol, that rule is returned and
     * nothing is created (so an openfirewall never duplicates, nor later removes, a rule it did not make).
     */
    @Override
    public FirewallRule createRuleForAllCidrs(long ipAddrId, Account caller, Integer startPort, Integer endPort, String protocol, Integer icmpCode,
        Integer icmpType, Long relatedRuleId, long networkId) throws NetworkRuleConflictException {
        for (FirewallRuleVO existing : rulesDao.listByIpAndPurpose(ipAddrId, Purpose.Firewall)) {
            if (existing.getState() != FirewallRule.State.Revoke && Objects.equals(existing.getSourcePortStart(), startPort)
                && Objects.equals(existing.getSourcePortEnd(), endPort) && existing.getProtocol().equalsIgnoreCase(protocol)) {
                return existing;
            }
        }
        IpAddress ip = ipAddressDao.findById(ipAddrId);
        FirewallRuleVO vo = new FirewallRuleVO(ipAddrId, startPort, endPort, protocol.toLowerCase(Locale.ROOT), networkId, ip.getAccountId(), ip.getDomainId(),
            Purpose.Firewall, List.of(NetUtils.ALL_IP4_CIDRS), icmpCode, icmpType, relatedRuleId, FirewallRule.TrafficType.Ingress);
        return persistChecked(vo);
    }

    /** Removes the rule; with apply, the IP's remaining rules go to its routers at once (the revoked one leaves them). */
    @Override
    public boolean revokeIngressFirewallRule(long ruleId, boolean apply) {
        FirewallRuleVO rule = rulesDao.findById(ruleId);
        if (rule == null) {
            return false;
        }
        boolean removed = rulesDao.removeRule(ruleId);
        if (apply && rule.getSourceIpAddressId() != null) {
            try {
                applyIngressFirewallRules(rule.getSourceIpAddressId(), null);
            } catch (ResourceUnavailableException e) {
                throw new CloudRuntimeException("Unable to revoke firewall rule " + rule.getUuid() + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    @Override
    public boolean revokeEgressFirewallRule(long ruleId, boolean apply) {
        return rulesDao.removeRule(ruleId);
    }

    @Override
    public boolean applyEgressFirewallRules(FirewallRule rule, Account caller) {
        return true;
    }

    /**
     * Applies the IP's ingress firewall rules as CloudStack does: every rule of the IP (Add and Active) goes to the
     * IP's running routers, into the mangle FIREWALL_<ip> chain; then the rules in Add become Active. A router that
     * is not running gets them when it starts (see pushIngressRules).
     */
    @Override
    public boolean applyIngressFirewallRules(long ipId, Account caller) throws ResourceUnavailableException {
        IPAddressVO ip = ipAddressDao.findById(ipId);
        if (ip != null && ip.getAssociatedWithNetworkId() != null) {
            for (DomainRouterVO router : routerDao.listByNetwork(ip.getAssociatedWithNetworkId())) {
                if (router.getState() == VirtualMachine.State.Running && isOnRouters(ip)) {
                    push(router, ip);
                }
            }
        }
        for (FirewallRuleVO rule : rulesDao.listByIpAndPurpose(ipId, Purpose.Firewall)) {
            if (rule.getState() == FirewallRule.State.Add) {
                rule.setState(FirewallRule.State.Active);
                rulesDao.update(rule.getId(), rule);
            }
        }
        return true;
    }

    /** An IP the network's routers carry: its source NAT IP, or one associateIpAddress finished adding (Allocated). */
    static boolean isOnRouters(IPAddressVO ip) {
        return ip.getAssociatedWithNetworkId() != null && ip.getState() == IpAddress.State.Allocated;
    }

    /** A starting router gets the ingress rules of each of its public IPs, as CloudStack re-applies rules when a VR starts. */
    public void pushIngressRules(DomainRouterVO router) throws ResourceUnavailableException {
        if (router.getNetworkId() == null) {
            return;
        }
        for (IPAddressVO ip : ipAddressDao.listOnRouters(router.getNetworkId())) {
            push(router, ip);
        }
    }

    /** The ingress rules of one IP to one router: when associateIpAddress has just put the IP on it. */
    public void pushIngressRules(DomainRouterVO router, IPAddressVO ip) throws ResourceUnavailableException {
        push(router, ip);
    }

    private void push(DomainRouterVO router, IPAddressVO ip) throws ResourceUnavailableException {
        RouterNamespace ns = host.getRouter(router.getId());
        if (ns == null) {
            throw new ResourceUnavailableException("Unable to apply firewall rules: virtual router " + router.getInstanceName() + " is not on this host",
                DataCenter.class, router.getDataCenterId());
        }
        List<IngressRule> rules = new ArrayList<>();
        for (FirewallRuleVO rule : rulesDao.listByIpAndPurpose(ip.getId(), Purpose.Firewall)) {
            if (rule.getTrafficType() == FirewallRule.TrafficType.Ingress && rule.getState() != FirewallRule.State.Revoke) {
                rules.add(new IngressRule(rule.getProtocol(), rule.getSourcePortStart(), rule.getSourcePortEnd(), rule.getIcmpType(), rule.getIcmpCode(),
                    rule.getSourceCidrList()));
            }
        }
        try {
            ns.applyIngressRules(ip.getAddressString(), rules);
        } catch (CloudRuntimeException | IllegalArgumentException e) {
            LOGGER.warn("Unable to apply firewall rules of {} on router {}: {}", ip.getAddressString(), router.getInstanceName(), e.getMessage());
            throw new ResourceUnavailableException("Unable to apply firewall rules on virtual router " + router.getInstanceName(), DataCenter.class,
                router.getDataCenterId());
        }
    }

    @Override
    public FirewallRule getFirewallRule(long ruleId) {
        return rulesDao.findById(ruleId);
    }

    @Override
    public boolean revokeRelatedFirewallRule(long ruleId, boolean apply) {
        for (FirewallRuleVO related : rulesDao.listByRelated(ruleId)) {
            rulesDao.removeRule(related.getId());
        }
        return true;
    }

    @Override
    public FirewallRule updateIngressFirewallRule(long ruleId, String customId, Boolean forDisplay) {
        return rulesDao.findById(ruleId);
    }

    @Override
    public FirewallRule updateEgressFirewallRule(long ruleId, String customId, Boolean forDisplay) {
        return rulesDao.findById(ruleId);
    }

    @Override
    public boolean applyIngressFwRules(long ipId, Account caller) throws ResourceUnavailableException {
        return applyIngressFirewallRules(ipId, caller);
    }

    @Override
    public boolean revokeIngressFwRule(long ruleId, boolean apply) {
        return revokeIngressFirewallRule(ruleId, apply);
    }

    @Override
    public boolean applyRules(List<? extends FirewallRule> rules, boolean continueOnError, boolean updateRulesInDB) {
        return true;
    }

    @Override
    public boolean revokeFirewallRulesForIp(long ipId, long userId, Account caller) {
        for (FirewallRuleVO rule : rulesDao.listByIpAndPurpose(ipId, Purpose.Firewall)) {
            rulesDao.removeRule(rule.getId());
        }
        return true;
    }

    @Override
    public void removeRule(FirewallRule rule) {
        rulesDao.removeRule(rule.getId());
    }
}
