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
package com.cloud.utils.net;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import com.cloud.utils.Pair;

/**
 * Shim of CloudStack's NetUtils: the address helpers a network plugin uses, with CloudStack's names,
 * constants and semantics (IPv4 helpers work on IPv4 only, as CloudStack's do).
 */
public class NetUtils {
    public final static int HTTP_PORT = 80;
    public final static int HTTPS_PORT = 443;
    public final static int VPN_PORT = 500;
    public final static int VPN_NATT_PORT = 4500;
    public final static int VPN_L2TP_PORT = 1701;

    public final static String UDP_PROTO = "udp";
    public final static String TCP_PROTO = "tcp";
    public final static String ANY_PROTO = "any";
    public final static String ICMP_PROTO = "icmp";
    public final static String ALL_PROTO = "all";

    public final static String ALL_IP4_CIDRS = "0.0.0.0/0";
    public final static String ALL_IP6_CIDRS = "::/0";

    public final static int PORT_RANGE_MIN = 0;
    public final static int PORT_RANGE_MAX = 65535;

    public final static int MAX_CIDR = 32;

    private static final Pattern IP4_PATTERN = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IP6_CHARS = Pattern.compile("^[0-9a-fA-F:.]+$");

    public enum SupersetOrSubset {
        isSuperset, isSubset, neitherSubetNorSuperset, sameSubnet, errorInCidrFormat
    }

    public enum InternetProtocol {
        IPv4, IPv6, DualStack;

        public static InternetProtocol fromValue(String protocol) {
            if (protocol == null || protocol.isBlank()) {
                return null;
            }
            for (InternetProtocol p : values()) {
                if (p.name().equalsIgnoreCase(protocol)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("Unexpected Internet Protocol : " + protocol);
        }
    }

    public static boolean isValidIp4(final String ip) {
        return ip != null && IP4_PATTERN.matcher(ip).matches();
    }

    public static boolean isIpv4(final String ipAddr) {
        return isValidIp4(ipAddr);
    }

    public static boolean isValidIp6(final String ip) {
        if (ip == null || ip.isEmpty() || !ip.contains(":") || !IP6_CHARS.matcher(ip).matches()) {
            return false;
        }
        try {
            // only literals reach the resolver: the pattern above admits no host names
            return InetAddress.getByName(ip) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static long ip2Long(final String ip) {
        if (!isValidIp4(ip)) {
            throw new IllegalArgumentException("Invalid IPv4 address: " + ip);
        }
        final String[] tokens = ip.split("[.]");
        long result = 0;
        for (final String token : tokens) {
            result = (result << 8) | Long.parseLong(token);
        }
        return result;
    }

    public static String long2Ip(final long ip) {
        return ((ip >> 24) & 0xff) + "." + ((ip >> 16) & 0xff) + "." + ((ip >> 8) & 0xff) + "." + (ip & 0xff);
    }

    public static boolean isValidIp4Cidr(final String cidr) {
        if (cidr == null || cidr.isEmpty()) {
            return false;
        }
        // as CloudStack: split drops trailing empty parts, the size is whatever Integer.parseInt takes
        final String[] cidrPair = cidr.split("\\/");
        if (cidrPair.length != 2 || !isValidIp4(cidrPair[0])) {
            return false;
        }
        final int cidrSizeNum;
        try {
            cidrSizeNum = Integer.parseInt(cidrPair[1]);
        } catch (final NumberFormatException e) {
            return false;
        }
        return cidrSizeNum >= 0 && cidrSizeNum <= MAX_CIDR;
    }

    public static boolean isValidIp6Cidr(final String ip6Cidr) {
        if (ip6Cidr == null || ip6Cidr.isEmpty()) {
            return false;
        }
        final String[] parts = ip6Cidr.split("/", -1);
        if (parts.length != 2 || !isValidIp6(parts[0]) || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        final int size = Integer.parseInt(parts[1]);
        return size >= 0 && size <= 128;
    }

    public static boolean isValidCidrList(final String cidrList) {
        if (cidrList == null) {
            return false;
        }
        for (final String cidr : cidrList.split(",")) {
            if (!isValidIp4Cidr(cidr.trim()) && !isValidIp6Cidr(cidr.trim())) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValidPort(final int p) {
        return !(p > 65535 || p < 1);
    }

    public static boolean isValidPort(final String p) {
        try {
            return isValidPort(Integer.parseInt(p));
        } catch (final NumberFormatException e) {
            return false;
        }
    }

    public static Pair<String, Integer> getCidr(final String cidr) {
        final String[] tokens = cidr.split("/");
        return new Pair<String, Integer>(tokens[0], Integer.parseInt(tokens[1]));
    }

    public static String getCidrNetmask(final long cidrSize) {
        final long numericNetmask = cidrSize == 0 ? 0 : (0xffffffffL >> (MAX_CIDR - cidrSize)) << (MAX_CIDR - cidrSize);
        return long2Ip(numericNetmask);
    }

    public static String getCidrNetmask(final String cidr) {
        return getCidrNetmask(Long.parseLong(cidr.split("/")[1]));
    }

    public static long getCidrSize(final String netmask) {
        final long ip = ip2Long(netmask);
        return Long.bitCount(ip);
    }

    public static Long[] cidrToLong(final String cidr) {
        if (!isValidIp4Cidr(cidr)) {
            return null;
        }
        final Pair<String, Integer> parts = getCidr(cidr);
        final long size = parts.second();
        final long mask = size == 0 ? 0 : (0xffffffffL << (MAX_CIDR - size)) & 0xffffffffL;
        return new Long[] {ip2Long(parts.first()) & mask, size};
    }

    public static String getCidrSubNet(final String cidr) {
        final Long[] network = cidrToLong(cidr);
        return network == null ? null : long2Ip(network[0]);
    }

    public static String getIpRangeStartIpFromCidr(final String cidr, final long size) {
        final long ip = ip2Long(cidr);
        final long startNetMask = ip2Long(getCidrNetmask(size));
        final long start = (ip & startNetMask) + 1;
        return long2Ip(start);
    }

    public static String getIpRangeEndIpFromCidr(final String cidr, final long size) {
        final long ip = ip2Long(cidr);
        final long startNetMask = ip2Long(getCidrNetmask(size));
        final long start = (ip & startNetMask) + 1;
        long end = start;
        end = end >> MAX_CIDR - size;
        end++;
        end = (end << MAX_CIDR - size) - 2;
        return long2Ip(end);
    }

    public static String[] getIpRangeFromCidr(final String cidr, final long size) {
        return new String[] {getIpRangeStartIpFromCidr(cidr, size), getIpRangeEndIpFromCidr(cidr, size)};
    }

    public static boolean isNetworksOverlap(final String cidrA, final String cidrB) {
        final Long[] a = cidrToLong(cidrA);
        final Long[] b = cidrToLong(cidrB);
        if (a == null || b == null) {
            return false;
        }
        final long shorter = Math.min(a[1], b[1]);
        final long mask = shorter == 0 ? 0 : (0xffffffffL << (MAX_CIDR - shorter)) & 0xffffffffL;
        return (a[0] & mask) == (b[0] & mask);
    }

    public static boolean isNetworkAWithinNetworkB(final String cidrA, final String cidrB) {
        final Long[] a = cidrToLong(cidrA);
        final Long[] b = cidrToLong(cidrB);
        if (a == null || b == null || a[1] < b[1]) {
            return false;
        }
        final long mask = b[1] == 0 ? 0 : (0xffffffffL << (MAX_CIDR - b[1])) & 0xffffffffL;
        return (a[0] & mask) == b[0];
    }

    public static SupersetOrSubset isNetworkASubsetOrSupersetOfNetworkB(final String cidrA, final String cidrB) {
        final Long[] a = cidrToLong(cidrA);
        final Long[] b = cidrToLong(cidrB);
        if (a == null || b == null) {
            return SupersetOrSubset.errorInCidrFormat;
        }
        if (!isNetworksOverlap(cidrA, cidrB)) {
            return SupersetOrSubset.neitherSubetNorSuperset;
        }
        if (a[1].equals(b[1])) {
            return SupersetOrSubset.sameSubnet;
        }
        return a[1] < b[1] ? SupersetOrSubset.isSuperset : SupersetOrSubset.isSubset;
    }

    public static boolean isIpWithInCidrRange(final String ipAddress, final String cidr) {
        if (!isValidIp4(ipAddress) || !isValidIp4Cidr(cidr)) {
            return false;
        }
        return isNetworkAWithinNetworkB(ipAddress + "/32", cidr);
    }

    public static boolean isIp6InNetwork(final String ip6, final String ip6Cidr) {
        if (!isValidIp6(ip6) || !isValidIp6Cidr(ip6Cidr)) {
            return false;
        }
        final Pair<String, Integer> parts = getCidr(ip6Cidr);
        final int size = parts.second();
        final BigInteger mask = size == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).shiftRight(128 - size).shiftLeft(128 - size);
        return toBigInteger(ip6).and(mask).equals(toBigInteger(parts.first()).and(mask));
    }

    private static BigInteger toBigInteger(final String ip6) {
        try {
            return new BigInteger(1, InetAddress.getByName(ip6).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Invalid IPv6 address: " + ip6, e);
        }
    }
}
